//! The shareable view state and its query-string form (`?lang=ro&event=…&members=MD,MN&q=…`).
//! The URL is the state: parsing is total (garbage gives notices, never a panic) and
//! formatting gives the canonical form, so `parse(format(s)) == s`.

use super::colour::{accent_contrast, Rgb, MIN_CONTRAST};
use super::dataset::Region;
use super::lang::Lang;
use super::search::normalize_search;

/// Everything about the view that a link can carry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub lang: Option<Lang>,
    /// The id of the open event.
    pub event: Option<String>,
    /// The member whose story the view tells (`country`, an ISO code): its card above the
    /// timeline, its events highlighted.
    pub country: Option<String>,
    /// Chosen members (ISO codes), in the order chosen.
    pub members: Vec<String>,
    pub region: Option<Region>,
    /// The first and last year of the visible span.
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// Words to find in the events' text (`q`), as [`normalize_search`] keeps them.
    pub search: Option<String>,
    /// Compact view for iframes.
    pub embed: bool,
    /// A colour scheme chosen by the link (an embed matching its host page); `None` follows
    /// the reader's setting.
    pub theme: Option<Theme>,
    /// A host page's accent colour for buttons and links in the light scheme (`accent`), only
    /// one that keeps text readable ([`super::colour::accent_is_readable`]).
    pub accent: Option<Rgb>,
    /// How much of the filter controls the view shows (`controls`); `None` is the compact bar.
    pub controls: Option<Controls>,
}

/// How much of the filter controls a view shows, as an embed can choose (`controls=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Controls {
    /// Every control out: region and years shown, no Filters button.
    Full,
    /// The members box and the search, with region and years behind a Filters button.
    #[default]
    Compact,
    /// No controls: the timeline alone (the filters a link carries still apply).
    None,
}

impl Controls {
    pub const ALL: [Controls; 3] = [Controls::Full, Controls::Compact, Controls::None];

    /// The URL value.
    pub fn code(self) -> &'static str {
        match self {
            Controls::Full => "full",
            Controls::Compact => "compact",
            Controls::None => "none",
        }
    }

    pub fn from_code(code: &str) -> Option<Controls> {
        Controls::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }
}

impl ViewState {
    /// The controls the view shows: the compact bar unless the link chose otherwise.
    pub fn controls(&self) -> Controls {
        self.controls.unwrap_or_default()
    }

    /// How many filters narrow the timeline beside the search: each chosen member, the region
    /// and the span of years (what the Filters button counts).
    pub fn filter_count(&self) -> usize {
        self.members.len()
            + usize::from(self.region.is_some())
            + usize::from(self.from.is_some() || self.to.is_some())
    }
}

/// A colour scheme a link can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 2] = [Theme::Light, Theme::Dark];

    /// The URL value, also the `data-theme` of `<html>` (public/style.css).
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|t| t.code().eq_ignore_ascii_case(code))
    }
}

/// Something in a URL that was not understood and was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlNotice {
    UnknownParameter(String),
    BadLanguage(String),
    BadRegion(String),
    BadYear(String),
    BadMember(String),
    BadEncoding(String),
    BadTheme(String),
    BadControls(String),
    BadColour(String),
    /// A colour too light for text on the page: its hex and its contrast in tenths, rounded
    /// down (at least 45 is needed).
    UnreadableAccent(String, u32),
}

/// The longest value kept from a URL parameter; longer ones are cut for display.
const MAX_SHOWN: usize = 60;
const MAX_MEMBERS: usize = 60;
/// The years a span may cover.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2100;

fn shown(text: &str) -> String {
    let mut short: String = text.chars().take(MAX_SHOWN).collect();
    if text.chars().count() > MAX_SHOWN {
        short.push('…');
    }
    short
}

/// Decodes `application/x-www-form-urlencoded` text; `None` for bad escapes or non-UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let value = u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
                out.push(value);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Encodes a value for a query string, leaving unreserved characters and `,` as they are.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~,".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn parse_year(value: &str, notices: &mut Vec<UrlNotice>) -> Option<i32> {
    match value.parse::<i32>() {
        Ok(year) if YEAR_RANGE.contains(&year) => Some(year),
        _ => {
            notices.push(UrlNotice::BadYear(shown(value)));
            None
        }
    }
}

/// An accent colour as a link or the Embed dialog gives it: `Ok(None)` when empty (the usual
/// colour), the colour when it keeps text readable, else the notice that says why not.
pub fn parse_accent(value: &str) -> Result<Option<Rgb>, UrlNotice> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let Some(colour) = Rgb::parse(value) else {
        return Err(UrlNotice::BadColour(shown(value)));
    };
    let contrast = accent_contrast(colour);
    if contrast >= MIN_CONTRAST {
        Ok(Some(colour))
    } else {
        Err(UrlNotice::UnreadableAccent(
            colour.hex(),
            (contrast * 10.0) as u32,
        ))
    }
}

/// Parses a query string (with or without the leading `?`), collecting what it could not use.
pub fn parse_query(query: &str) -> (ViewState, Vec<UrlNotice>) {
    let mut state = ViewState::default();
    let mut notices = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value)) else {
            notices.push(UrlNotice::BadEncoding(shown(pair)));
            continue;
        };
        let value = value.trim();
        match key.as_str() {
            "lang" => match Lang::from_code(value) {
                Some(lang) => state.lang = Some(lang),
                None => notices.push(UrlNotice::BadLanguage(shown(value))),
            },
            "event" if !value.is_empty() => state.event = Some(value.chars().take(200).collect()),
            "event" => {}
            "country" if value.is_empty() => {}
            "country" => {
                let upper = value.to_ascii_uppercase();
                if upper.len() == 2 && upper.bytes().all(|b| b.is_ascii_uppercase()) {
                    state.country = Some(upper);
                } else {
                    notices.push(UrlNotice::BadMember(shown(value)));
                }
            }
            "members" => {
                for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                    let upper = code.to_ascii_uppercase();
                    let shaped = upper.len() == 2 && upper.bytes().all(|b| b.is_ascii_uppercase());
                    if !shaped {
                        notices.push(UrlNotice::BadMember(shown(code)));
                    } else if !state.members.contains(&upper) && state.members.len() < MAX_MEMBERS {
                        state.members.push(upper);
                    }
                }
            }
            "region" => match Region::from_code(value) {
                Some(region) => state.region = Some(region),
                None if value.is_empty() => {}
                None => notices.push(UrlNotice::BadRegion(shown(value))),
            },
            "from" => state.from = parse_year(value, &mut notices),
            "to" => state.to = parse_year(value, &mut notices),
            "q" => state.search = normalize_search(value),
            "embed" => state.embed = matches!(value, "1" | "true" | ""),
            "accent" => match parse_accent(value) {
                Ok(accent) => state.accent = accent,
                Err(notice) => notices.push(notice),
            },
            "theme" => match Theme::from_code(value) {
                Some(theme) => state.theme = Some(theme),
                None if value.is_empty() => {}
                None => notices.push(UrlNotice::BadTheme(shown(value))),
            },
            "controls" => match Controls::from_code(value) {
                Some(Controls::Compact) => state.controls = None,
                Some(controls) => state.controls = Some(controls),
                None if value.is_empty() => {}
                None => notices.push(UrlNotice::BadControls(shown(value))),
            },
            _ => notices.push(UrlNotice::UnknownParameter(shown(&key))),
        }
    }
    if let (Some(from), Some(to)) = (state.from, state.to) {
        if from > to {
            state.from = Some(to);
            state.to = Some(from);
        }
    }
    (state, notices)
}

/// The canonical query string of a state, with a leading `?`, or empty when there is nothing
/// to say.
pub fn format_query(state: &ViewState) -> String {
    let mut pairs: Vec<String> = Vec::new();
    if let Some(lang) = state.lang {
        pairs.push(format!("lang={}", lang.code()));
    }
    if let Some(event) = &state.event {
        pairs.push(format!("event={}", percent_encode(event)));
    }
    if let Some(country) = &state.country {
        pairs.push(format!("country={}", percent_encode(country)));
    }
    if !state.members.is_empty() {
        pairs.push(format!(
            "members={}",
            percent_encode(&state.members.join(","))
        ));
    }
    if let Some(region) = state.region {
        pairs.push(format!("region={}", region.code()));
    }
    if let Some(from) = state.from {
        pairs.push(format!("from={from}"));
    }
    if let Some(to) = state.to {
        pairs.push(format!("to={to}"));
    }
    if let Some(search) = &state.search {
        pairs.push(format!("q={}", percent_encode(search)));
    }
    if state.embed {
        pairs.push("embed=1".into());
    }
    if let Some(theme) = state.theme {
        pairs.push(format!("theme={}", theme.code()));
    }
    if let Some(accent) = state.accent {
        pairs.push(format!("accent={}", accent.hex()));
    }
    if let Some(controls) = state.controls.filter(|c| *c != Controls::Compact) {
        pairs.push(format!("controls={}", controls.code()));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// What the address bar does when the URL state changes ([`history_step`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryStep {
    /// A new history entry, so that Back returns to the state before.
    Push,
    /// The current entry is rewritten in place.
    Replace,
    /// The address already shows the state.
    Nothing,
}

/// How the address follows a change of state from `old` (what the current history entry
/// shows) to `new`: opening, closing or switching the event or the country's story adds an
/// entry, so Back and Forward walk through what the reader opened; any other change (filters,
/// language, search) is written over the current entry.
pub fn history_step(old: &ViewState, new: &ViewState) -> HistoryStep {
    if old == new {
        HistoryStep::Nothing
    } else if old.event != new.event || old.country != new.country {
        HistoryStep::Push
    } else {
        HistoryStep::Replace
    }
}

/// The canonical standalone link to a state, at `page` (the page's address without query or
/// fragment): never the embed view, and with the reader's own colour setting and the usual
/// colours, not those a host page chose for its embed.
pub fn canonical_link(page: &str, state: &ViewState) -> String {
    let standalone = ViewState {
        embed: false,
        theme: None,
        accent: None,
        controls: None,
        ..state.clone()
    };
    format!("{page}{}", format_query(&standalone))
}

/// The file name of an event's link-preview page in a language, in the build's `share/` folder
/// (`src/previews.rs` writes it): `conference-2014-tallinn.ro.html`.
pub fn preview_file_name(event_id: &str, lang: Lang) -> String {
    format!("{event_id}.{}.html", lang.code())
}

/// The address to share for an event: its link-preview page beside the app at `page` (the page's
/// address without query or fragment), which chat apps and social networks draw a card from and
/// which sends a person on to the event in that language.
pub fn preview_link(page: &str, event_id: &str, lang: Lang) -> String {
    let folder = page.rfind('/').map_or(page, |slash| &page[..=slash]);
    format!(
        "{folder}share/{}",
        percent_encode(&preview_file_name(event_id, lang))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_link_is_the_share_page_beside_the_app() {
        assert_eq!(
            preview_link(
                "https://example.org/foc/",
                "conference-2014-tallinn",
                Lang::Ro
            ),
            "https://example.org/foc/share/conference-2014-tallinn.ro.html"
        );
        assert_eq!(
            preview_link(
                "https://example.org/foc/index.html",
                "accession-2014-moldova",
                Lang::Mn
            ),
            "https://example.org/foc/share/accession-2014-moldova.mn.html"
        );
        assert_eq!(
            preview_link("http://127.0.0.1:4173/", "x", Lang::En),
            "http://127.0.0.1:4173/share/x.en.html"
        );
    }

    #[test]
    fn parses_a_full_link() {
        let (state, notices) =
            parse_query("?lang=ro&event=conference-2014-tallinn&members=md,MN&region=europe&from=2011&to=2016&q=%C8%9Birile+de++jos&embed=1&theme=Dark&accent=%238A1538");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(state.lang, Some(Lang::Ro));
        assert_eq!(state.event.as_deref(), Some("conference-2014-tallinn"));
        assert_eq!(state.members, ["MD", "MN"]);
        assert_eq!(state.region, Some(Region::Europe));
        assert_eq!((state.from, state.to), (Some(2011), Some(2016)));
        assert_eq!(state.search.as_deref(), Some("țirile de  jos"));
        assert!(state.embed);
        assert_eq!(state.theme, Some(Theme::Dark));
        assert_eq!(state.accent, Some(Rgb(0x8a, 0x15, 0x38)));
    }

    #[test]
    fn garbage_gives_notices_and_keeps_the_rest() {
        let (state, notices) = parse_query("lang=xx&event=conference-2012-nairobi&members=MD,moldova,&utm_source=x&from=20x1&%E0%A4%A=1&theme=sepia&accent=pink");
        assert_eq!(state.event.as_deref(), Some("conference-2012-nairobi"));
        assert_eq!(state.members, ["MD"]);
        assert_eq!(state.lang, None);
        assert_eq!(
            notices,
            [
                UrlNotice::BadLanguage("xx".into()),
                UrlNotice::BadMember("moldova".into()),
                UrlNotice::UnknownParameter("utm_source".into()),
                UrlNotice::BadYear("20x1".into()),
                UrlNotice::BadEncoding("%E0%A4%A=1".into()),
                UrlNotice::BadTheme("sepia".into()),
                UrlNotice::BadColour("pink".into()),
            ]
        );
    }

    #[test]
    fn very_long_values_are_cut_in_notices() {
        let long = "x".repeat(10_000);
        let (_, notices) = parse_query(&format!("lang={long}"));
        let UrlNotice::BadLanguage(shown) = &notices[0] else {
            panic!("{notices:?}")
        };
        assert_eq!(shown.chars().count(), MAX_SHOWN + 1);
    }

    #[test]
    fn an_accent_too_light_to_read_is_refused_with_its_contrast() {
        let (state, notices) = parse_query("accent=FFCC00");
        assert_eq!(state.accent, None);
        assert_eq!(notices, [UrlNotice::UnreadableAccent("ffcc00".into(), 13)]);
    }

    #[test]
    fn reversed_span_is_put_in_order() {
        let (state, _) = parse_query("from=2020&to=2012");
        assert_eq!((state.from, state.to), (Some(2012), Some(2020)));
    }

    #[test]
    fn format_then_parse_round_trips() {
        let state = ViewState {
            lang: Some(Lang::Mn),
            event: Some("conference-2015-ulaanbaatar".into()),
            country: Some("MN".into()),
            members: vec!["MN".into(), "MD".into()],
            region: Some(Region::AsiaPacific),
            from: Some(2011),
            to: Some(2015),
            search: Some("Улаанбаатар & co".into()),
            embed: true,
            theme: Some(Theme::Light),
            accent: Some(Rgb(0x8a, 0x15, 0x38)),
            controls: Some(Controls::None),
        };
        let query = format_query(&state);
        assert_eq!(
            query,
            "?lang=mn&event=conference-2015-ulaanbaatar&country=MN&members=MN,MD&region=asia_pacific&from=2011&to=2015&q=%D0%A3%D0%BB%D0%B0%D0%B0%D0%BD%D0%B1%D0%B0%D0%B0%D1%82%D0%B0%D1%80%20%26%20co&embed=1&theme=light&accent=8a1538&controls=none"
        );
        assert_eq!(parse_query(&query), (state, vec![]));
        assert_eq!(format_query(&ViewState::default()), "");
    }

    #[test]
    fn percent_coding_round_trips_unicode() {
        let text = "Улаанбаатар & ș,ț?=";
        assert_eq!(percent_decode(&percent_encode(text)).as_deref(), Some(text));
        assert_eq!(percent_decode("%ZZ"), None);
        assert_eq!(
            percent_decode("%C3"),
            None,
            "a cut UTF-8 sequence is not text"
        );
    }
    #[test]
    fn opening_closing_or_switching_an_event_adds_a_history_entry() {
        let closed = ViewState::default();
        let open = |id: &str| ViewState {
            event: Some(id.into()),
            ..ViewState::default()
        };
        assert_eq!(history_step(&closed, &open("a")), HistoryStep::Push);
        assert_eq!(history_step(&open("a"), &closed), HistoryStep::Push);
        assert_eq!(history_step(&open("a"), &open("b")), HistoryStep::Push);
    }

    #[test]
    fn opening_closing_or_switching_a_country_adds_a_history_entry() {
        let whole = ViewState::default();
        let story = |code: &str| ViewState {
            country: Some(code.into()),
            ..ViewState::default()
        };
        assert_eq!(history_step(&whole, &story("MD")), HistoryStep::Push);
        assert_eq!(history_step(&story("MD"), &whole), HistoryStep::Push);
        assert_eq!(history_step(&story("MD"), &story("MN")), HistoryStep::Push);
    }

    #[test]
    fn a_country_is_two_letters_any_case_and_garbage_gives_a_notice() {
        assert_eq!(parse_query("country=md").0.country.as_deref(), Some("MD"));
        assert_eq!(parse_query("country=").0, ViewState::default());
        let (state, notices) = parse_query("country=Moldova&lang=ro");
        assert_eq!((state.country, state.lang), (None, Some(Lang::Ro)));
        assert_eq!(notices, [UrlNotice::BadMember("Moldova".into())]);
        assert_eq!(
            parse_query("country=%3Cb%3E").1,
            [UrlNotice::BadMember("<b>".into())]
        );
    }

    #[test]
    fn other_changes_rewrite_the_entry_and_no_change_writes_nothing() {
        let before = ViewState {
            event: Some("a".into()),
            lang: Some(Lang::En),
            ..ViewState::default()
        };
        let filtered = ViewState {
            members: vec!["MD".into()],
            from: Some(2014),
            search: Some("tallinn".into()),
            lang: Some(Lang::Ro),
            ..before.clone()
        };
        assert_eq!(history_step(&before, &filtered), HistoryStep::Replace);
        assert_eq!(history_step(&before, &before.clone()), HistoryStep::Nothing);
    }

    #[test]
    fn controls_are_compact_unless_a_link_says_full_or_none() {
        assert_eq!(parse_query("").0.controls(), Controls::Compact);
        assert_eq!(parse_query("controls=FULL").0.controls(), Controls::Full);
        assert_eq!(parse_query("controls=none").0.controls(), Controls::None);
        // The default is not written out, so a link says it only when it differs.
        let (compact, notices) = parse_query("controls=compact");
        assert_eq!((compact.controls, notices), (None, vec![]));
        assert_eq!(format_query(&compact), "");
        let (state, notices) = parse_query("controls=tiny&lang=ro");
        assert_eq!(state.controls(), Controls::Compact);
        assert_eq!(state.lang, Some(Lang::Ro));
        assert_eq!(notices, [UrlNotice::BadControls("tiny".into())]);
    }

    #[test]
    fn the_filter_count_counts_members_region_and_span_but_not_the_search() {
        assert_eq!(ViewState::default().filter_count(), 0);
        let (state, _) = parse_query("members=MD,MN,EE&region=europe&q=tallinn");
        assert_eq!(state.filter_count(), 4);
        assert_eq!(parse_query("from=2014").0.filter_count(), 1);
        assert_eq!(parse_query("to=2016").0.filter_count(), 1);
        assert_eq!(parse_query("from=2014&to=2016").0.filter_count(), 1);
    }

    #[test]
    fn canonical_link_drops_the_embed_and_its_look() {
        let embedded = ViewState {
            lang: Some(Lang::Ro),
            event: Some("conference-2014-tallinn".into()),
            embed: true,
            controls: Some(Controls::None),
            theme: Some(Theme::Dark),
            accent: Rgb::parse("1a5fb4"),
            ..ViewState::default()
        };
        assert_eq!(
            canonical_link("https://example.org/foc/", &embedded),
            "https://example.org/foc/?lang=ro&event=conference-2014-tallinn"
        );
    }
}
