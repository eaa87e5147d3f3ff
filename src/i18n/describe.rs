//! Domain values put into words in a language: places, participants, kinds, regions, notices.
//! Pure functions, so what the reader sees is tested natively.

use crate::domain::colour::MIN_CONTRAST;
use crate::domain::country_story::PlaceInCount;
use crate::domain::dataset::{
    Dataset, Event, EventKind, Member, Participants, Place, Qualifier, Region, ReportedCount,
};
use crate::domain::date::PartialDate;
use crate::domain::embed_code::{MAX_HEIGHT, MIN_HEIGHT};
use crate::domain::filter::Sanitized;
use crate::domain::lang::Lang;
use crate::domain::url_state::{Controls, Theme, UrlNotice, ViewState};
use crate::domain::year_span::YearSpan;
use crate::i18n::format::{
    format_date, format_date_genitive, format_date_range, format_number, format_ordinal,
    format_tenths,
};
use crate::i18n::strings::{fill, strings};

/// The name of a kind of event.
pub fn kind_label(lang: Lang, kind: EventKind) -> &'static str {
    let s = strings(lang);
    match kind {
        EventKind::Conference => s.kind_conference,
        EventKind::Accession => s.kind_accession,
        EventKind::Chairship => s.kind_chairship,
        EventKind::Statement => s.kind_statement,
        EventKind::Milestone => s.kind_milestone,
    }
}

/// The name of a region.
pub fn region_label(lang: Lang, region: Region) -> &'static str {
    let s = strings(lang);
    match region {
        Region::Africa => s.region_africa,
        Region::Americas => s.region_americas,
        Region::AsiaPacific => s.region_asia_pacific,
        Region::Europe => s.region_europe,
    }
}

/// The name of a colour scheme.
pub fn theme_label(lang: Lang, theme: Theme) -> &'static str {
    let s = strings(lang);
    match theme {
        Theme::Light => s.theme_light,
        Theme::Dark => s.theme_dark,
    }
}

/// The Embed dialog's name for a choice of controls.
pub fn controls_label(lang: Lang, controls: Controls) -> &'static str {
    let s = strings(lang);
    match controls {
        Controls::Full => s.embed_controls_full,
        Controls::Compact => s.embed_controls_compact,
        Controls::None => s.embed_controls_none,
    }
}

/// A country's name, or its code when the dataset does not list it.
pub fn country_name(dataset: &Dataset, code: &str, lang: Lang) -> String {
    dataset
        .country(code)
        .map(|c| c.name.get(lang).to_string())
        .unwrap_or_else(|| code.to_string())
}

/// When a member joined, at its date's precision; a window where the sources allow one.
pub fn joined_text(lang: Lang, member: &Member) -> String {
    match member.joined_by {
        Some(by) => fill(
            strings(lang).roster_window,
            &[
                ("from", &format_date(lang, member.joined)),
                // The form a date takes before a postposition (mn "… сарын хооронд").
                ("to", &format_date_genitive(lang, by)),
            ],
        ),
        None => format_date(lang, member.joined),
    }
}

/// "Moldova in the coalition": the country card's heading, and the words of a link to a
/// member's story.
pub fn country_heading(dataset: &Dataset, code: &str, lang: Lang) -> String {
    fill(
        strings(lang).country_heading,
        &[("country", &country_name(dataset, code, lang))],
    )
}

/// A member's place in the coalition's count in words: "Founding member", "the 36th member",
/// "the 22nd member, as the sources count".
pub fn place_in_count_text(lang: Lang, place: PlaceInCount) -> String {
    let s = strings(lang);
    let (template, n) = match place {
        PlaceInCount::Founder => return s.roster_founder.to_string(),
        PlaceInCount::Stated(n) => (s.country_ordinal_stated, n),
        PlaceInCount::Counted { n, .. } => (s.country_ordinal_counted, n),
    };
    fill(template, &[("ordinal", &format_ordinal(lang, n))])
}

/// When a member joined, by the year ("joined 2014"), or the years of the window the sources
/// allow ("joined 2012–2013"); `None` for a code that is not a member.
pub fn joined_years(dataset: &Dataset, code: &str, lang: Lang) -> Option<String> {
    let member = dataset.member(code)?;
    let from = member.joined.year;
    let to = member.joined_by.map_or(from, |by| by.year);
    Some(fill(
        strings(lang).member_filter_joined,
        &[("years", &year_span(lang, from, to))],
    ))
}

/// "2014", or a span of years by CLDR's year interval (en "2012 – 2013" with thin spaces, mn
/// "2012 – 2013", ro "2012–2013"), as the timeline writes the years of a chairship.
pub fn year_span(lang: Lang, from: i32, to: i32) -> String {
    format_date_range(lang, PartialDate::year(from), Some(PartialDate::year(to)))
}

/// The filters a view applies, one line each ("Members: Moldova, Mongolia"), in the order of
/// the controls; one line saying so when it shows every event.
pub fn filter_lines(dataset: &Dataset, state: &ViewState, lang: Lang) -> Vec<String> {
    let s = strings(lang);
    let mut lines = Vec::new();
    if !state.members.is_empty() {
        let names: Vec<String> = state
            .members
            .iter()
            .map(|code| country_name(dataset, code, lang))
            .collect();
        lines.push(format!("{}: {}", s.member_filter_label, names.join(", ")));
    }
    if let Some(region) = state.region {
        lines.push(format!(
            "{}: {}",
            s.region_label,
            region_label(lang, region)
        ));
    }
    if state.from.is_some() || state.to.is_some() {
        let span = YearSpan::from_bounds(state.from, state.to, YearSpan::of_dataset(dataset));
        let years = year_span(lang, span.first, span.last);
        lines.push(format!("{}: {years}", s.span_label));
    }
    if let Some(words) = &state.search {
        let quoted = fill(s.quoted, &[("text", words)]);
        lines.push(format!("{}: {quoted}", s.search_label));
    }
    if lines.is_empty() {
        lines.push(s.embed_no_filters.to_string());
    }
    lines
}

/// The few words a marker on the time axis shows: the city of a conference, the country of an
/// accession or chairship, else the title. The full title stays in the marker's accessible name.
pub fn short_label(dataset: &Dataset, event: &Event, lang: Lang) -> String {
    own_short_label(dataset, event, lang).unwrap_or_else(|| event.title.get(lang).to_string())
}

/// The short label of an event that has one of its own (a conference's city, the one country of
/// an accession or chairship); `None` where the marker shows the title. Whether there is one does
/// not depend on the language.
pub fn own_short_label(dataset: &Dataset, event: &Event, lang: Lang) -> Option<String> {
    let city = || {
        let place = event.place.as_ref()?;
        if place.online {
            return Some(strings(lang).detail_virtual.to_string());
        }
        place.city.as_ref().map(|c| c.get(lang).to_string())
    };
    let country = || {
        event
            .members
            .first()
            .map(|code| country_name(dataset, code, lang))
    };
    match event.kind {
        EventKind::Conference => city(),
        EventKind::Accession | EventKind::Chairship if event.members.len() == 1 => country(),
        _ => None,
    }
}

/// What a point of the growth chart says: "2015: 24 members", the other sources' figures, and
/// the count's note (where the 2015 figures are shown to disagree).
pub fn count_label(lang: Lang, count: &ReportedCount) -> String {
    let s = strings(lang);
    let mut label = format!(
        "{}: {}",
        format_date(lang, count.date),
        s.members_count.format(lang, u64::from(count.count))
    );
    if !count.alternatives.is_empty() {
        let others: Vec<String> = count
            .alternatives
            .iter()
            .map(|a| format_number(lang, u64::from(a.count)))
            .collect();
        label = format!("{label} ({}: {})", s.chart_alternatives, others.join(", "));
    }
    if let Some(note) = &count.note {
        label = format!("{label}. {}", note.get(lang));
    }
    label
}

/// "The coalition reports 42 members; the sources consulted name 40 of them", with the form
/// the number of reported members takes in each language (ro "19 membri" but "42 de membri").
pub fn unidentified_note(lang: Lang, reported: u32, named: usize) -> String {
    let s = strings(lang);
    fill(
        &s.roster_unidentified.format(lang, u64::from(reported)),
        &[("named", &format_number(lang, named as u64))],
    )
}

/// "City, Country", or whichever of the two is known; an online event is "Online (Country)",
/// the country being its host.
pub fn place_text(dataset: &Dataset, place: &Place, lang: Lang) -> Option<String> {
    let country = place
        .country
        .as_deref()
        .map(|code| country_name(dataset, code, lang));
    if place.online {
        let online = strings(lang).detail_virtual;
        return Some(match country {
            Some(host) => format!("{online} ({host})"),
            None => online.to_string(),
        });
    }
    let city = place.city.as_ref().map(|c| c.get(lang).to_string());
    let parts: Vec<String> = city.into_iter().chain(country).collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn qualified(lang: Lang, n: u32, qualifier: Qualifier) -> String {
    let number = format_number(lang, u64::from(n));
    let s = strings(lang);
    match qualifier {
        Qualifier::Exact => number,
        Qualifier::About => fill(s.qualifier_about, &[("n", &number)]),
        Qualifier::MoreThan => fill(s.qualifier_more_than, &[("n", &number)]),
    }
}

/// "more than 400 participants from more than 60 countries", per language and plural rules.
pub fn participants_text(lang: Lang, participants: &Participants) -> String {
    let s = strings(lang);
    let count = u64::from(participants.count);
    let mut text = s.participants_count.format_shown(
        lang,
        count,
        &qualified(lang, participants.count, participants.qualifier),
    );
    if let Some(countries) = participants.countries {
        let qualifier = participants.countries_qualifier.unwrap_or(Qualifier::Exact);
        let from = s.countries_count.format_shown(
            lang,
            u64::from(countries),
            &qualified(lang, countries, qualifier),
        );
        text = format!("{text} {from}");
    }
    text
}

/// A link-problem notice in words.
pub fn url_notice_text(lang: Lang, notice: &UrlNotice) -> String {
    let s = strings(lang);
    let (template, value) = match notice {
        UrlNotice::UnknownParameter(v) => (s.notice_unknown_parameter, v),
        UrlNotice::BadLanguage(v) => (s.notice_bad_language, v),
        UrlNotice::BadRegion(v) => (s.notice_bad_region, v),
        UrlNotice::BadYear(v) => (s.notice_bad_year, v),
        UrlNotice::BadMember(v) => (s.notice_bad_member, v),
        UrlNotice::BadEncoding(v) => (s.notice_bad_encoding, v),
        UrlNotice::BadTheme(v) => (s.notice_bad_theme, v),
        UrlNotice::BadControls(v) => (s.notice_bad_controls, v),
        UrlNotice::BadColour(v) => (s.notice_bad_colour, v),
        UrlNotice::UnreadableAccent(colour, tenths) => {
            return unreadable_accent_text(lang, colour, *tenths);
        }
    };
    fill(template, &[("value", value)])
}

/// Why an accent colour is not used: its contrast (in tenths) against the minimum.
pub fn unreadable_accent_text(lang: Lang, colour: &str, tenths: u32) -> String {
    fill(
        strings(lang).notice_unreadable_accent,
        &[
            ("colour", colour),
            ("contrast", &format_tenths(lang, tenths)),
            ("needed", &format_tenths(lang, (MIN_CONTRAST * 10.0) as u32)),
        ],
    )
}

/// A state-repair notice (unknown event or member, span out of range) in words.
pub fn sanitized_text(lang: Lang, notice: &Sanitized) -> String {
    let s = strings(lang);
    match notice {
        Sanitized::UnknownEvent(id) => fill(s.notice_unknown_event, &[("value", id)]),
        Sanitized::LeftOutEvent(id) => fill(s.notice_left_out_event, &[("value", id)]),
        Sanitized::UnknownMember(code) => fill(s.notice_unknown_member, &[("value", code)]),
        Sanitized::SpanOutOfRange => s.notice_span.to_string(),
    }
}

/// Why the height typed in the Embed dialog is not used, and the height the code keeps.
pub fn embed_height_error(lang: Lang, kept: u32) -> String {
    fill(
        strings(lang).embed_height_invalid,
        &[
            ("min", &format_number(lang, MIN_HEIGHT.into())),
            ("max", &format_number(lang, MAX_HEIGHT.into())),
            ("height", &format_number(lang, kept.into())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::filter::dataset_years;

    #[test]
    fn a_chart_point_says_its_date_count_other_figures_and_note() {
        let data =
            crate::domain::validate::decode_dataset(include_str!("../../public/data/foc.json"))
                .unwrap()
                .dataset;
        let in_2015: Vec<&ReportedCount> = data
            .reported_counts
            .iter()
            .filter(|c| c.date.year == 2015)
            .collect();
        assert!(in_2015.len() > 1, "the 2015 zig-zag");
        for count in in_2015 {
            for lang in Lang::ALL {
                let label = count_label(lang, count);
                assert!(
                    label.contains(&format_number(lang, u64::from(count.count))),
                    "{label}"
                );
            }
            // Each 2015 point says that the figures disagree.
            assert!(
                count_label(Lang::En, count).contains("The 2015 figures disagree")
                    || count_label(Lang::En, count).contains("the sources disagree"),
                "{}",
                count_label(Lang::En, count)
            );
        }
        let founding = &data.reported_counts[0];
        assert!(count_label(Lang::En, founding)
            .starts_with("December 2011: 15 members (Other figures: 13, 11). Founding members."));
    }

    #[test]
    fn the_unidentified_members_note_takes_the_plural_form_of_its_count() {
        assert_eq!(
            unidentified_note(Lang::Ro, 42, 40),
            "Coaliția raportează 42 de membri; sursele consultate îi menționează nominal pe 40 dintre ei."
        );
        assert_eq!(
            unidentified_note(Lang::Ro, 19, 18),
            "Coaliția raportează 19 membri; sursele consultate îi menționează nominal pe 18 dintre ei."
        );
        assert_eq!(
            unidentified_note(Lang::Mn, 42, 40),
            "Эвсэл 42 гишүүнтэй гэж мэдээлдэг; ашигласан эх сурвалжид тэдгээрийн 40 нь нэрээр дурдагдсан."
        );
        assert_eq!(
            unidentified_note(Lang::En, 42, 40),
            "The coalition reports 42 members; the sources consulted name 40 of them."
        );
    }

    #[test]
    fn an_online_event_says_online_in_each_language_with_its_host() {
        let data = minimal();
        let place = Place {
            online: true,
            country: Some("NL".into()),
            ..Place::default()
        };
        assert_eq!(
            place_text(&data, &place, Lang::En).as_deref(),
            Some("Online (Netherlands)")
        );
        assert_eq!(
            place_text(&data, &place, Lang::Mn).as_deref(),
            Some("Цахим хэлбэрээр (Нидерланд)")
        );
        assert_eq!(
            place_text(&data, &place, Lang::Ro).as_deref(),
            Some("Online (Țările de Jos)")
        );
        let nowhere = Place {
            online: true,
            ..Place::default()
        };
        assert_eq!(
            place_text(&data, &nowhere, Lang::En).as_deref(),
            Some("Online")
        );
    }

    fn minimal() -> Dataset {
        crate::domain::validate::decode_dataset(include_str!("../../tests/fixtures/minimal.json"))
            .unwrap()
            .dataset
    }

    #[test]
    fn participants_read_naturally_in_each_language() {
        let p = Participants {
            count: 400,
            qualifier: Qualifier::MoreThan,
            countries: Some(60),
            countries_qualifier: Some(Qualifier::MoreThan),
        };
        assert_eq!(
            participants_text(Lang::En, &p),
            "more than 400 participants from more than 60 countries"
        );
        assert_eq!(
            participants_text(Lang::Ro, &p),
            "peste 400 de participanți din peste 60 de țări"
        );
        assert_eq!(
            participants_text(Lang::Mn, &p),
            "400 гаруй оролцогч 60 гаруй орноос"
        );
        let p = Participants {
            count: 489,
            qualifier: Qualifier::Exact,
            countries: Some(51),
            countries_qualifier: None,
        };
        assert_eq!(
            participants_text(Lang::Ro, &p),
            "489 de participanți din 51 de țări"
        );
        let p = Participants {
            count: 19,
            qualifier: Qualifier::About,
            countries: None,
            countries_qualifier: None,
        };
        assert_eq!(participants_text(Lang::Ro, &p), "circa 19 participanți");
    }

    #[test]
    fn short_labels_name_the_city_or_country() {
        let data = minimal();
        let hague = data.event("conference-2011-the-hague").unwrap();
        assert_eq!(
            short_label(&data, hague, Lang::En),
            "Founding conference",
            "no city: the title"
        );
        let moldova = data.event("accession-2014-moldova").unwrap();
        assert_eq!(short_label(&data, moldova, Lang::Ro), "Republica Moldova");
        assert_eq!(short_label(&data, moldova, Lang::Mn), "Молдова");
    }

    #[test]
    fn an_unreadable_accent_is_explained_with_local_decimals() {
        let notice = UrlNotice::UnreadableAccent("ffcc00".into(), 15);
        assert_eq!(
            url_notice_text(Lang::Ro, &notice),
            "culoarea de accent #ffcc00 este prea deschisă pentru text (contrast 1,5:1, este nevoie \
             de cel puțin 4,5:1); se folosește culoarea obișnuită"
        );
        assert!(
            url_notice_text(Lang::En, &notice).contains("(contrast 1.5:1, at least 4.5:1 needed)")
        );
        assert!(url_notice_text(Lang::Mn, &notice).contains("контраст 1.5:1"));
    }

    #[test]
    fn notices_quote_the_offending_value() {
        assert_eq!(
            url_notice_text(Lang::Ro, &UrlNotice::BadLanguage("xx".into())),
            "limbă necunoscută „xx”"
        );
        assert_eq!(
            sanitized_text(Lang::Mn, &Sanitized::UnknownEvent("nope".into())),
            "«nope» гэсэн үйл явдал байхгүй"
        );
    }

    #[test]
    fn filter_lines_name_each_filter_in_the_language() {
        use crate::domain::dataset::Region;
        let data = minimal();
        let (first, last) = dataset_years(&data);
        let state = ViewState {
            members: vec!["MD".into(), "XX".into()],
            region: Some(Region::Europe),
            from: Some(first + 1),
            search: Some("cyber".into()),
            ..ViewState::default()
        };
        assert_eq!(
            filter_lines(&data, &state, Lang::Ro),
            [
                "State membre: Republica Moldova, XX".to_string(),
                "Regiunea: Europa".into(),
                format!("Anii afișați: {}\u{2013}{last}", first + 1),
                "Caută evenimente: „cyber”".into(),
            ]
        );
        let state = ViewState {
            to: Some(first),
            ..ViewState::default()
        };
        assert_eq!(
            filter_lines(&data, &state, Lang::Mn),
            [format!("Харуулах он: {first}")]
        );
        assert_eq!(
            filter_lines(&data, &ViewState::default(), Lang::En),
            ["None: every event is shown"]
        );
        // A span of years follows CLDR's year interval in each language.
        let state = ViewState {
            from: Some(first),
            to: Some(first + 1),
            ..ViewState::default()
        };
        let span = |lang| filter_lines(&data, &state, lang).remove(0);
        let next = first + 1;
        assert_eq!(
            span(Lang::En),
            format!("Years shown: {first}\u{2009}\u{2013}\u{2009}{next}")
        );
        assert_eq!(
            span(Lang::Mn),
            format!("Харуулах он: {first} \u{2013} {next}")
        );
        assert_eq!(
            span(Lang::Ro),
            format!("Anii afișați: {first}\u{2013}{next}")
        );
    }

    #[test]
    fn joined_years_give_the_year_or_the_window() {
        let data = minimal();
        let moldova = data.member("MD").unwrap();
        let year = moldova.joined.year;
        assert_eq!(
            joined_years(&data, "MD", Lang::En),
            Some(format!("joined {year}"))
        );
        assert_eq!(
            joined_years(&data, "MD", Lang::Mn),
            Some(format!("{year} онд элссэн"))
        );
        assert_eq!(
            joined_years(&data, "MD", Lang::Ro),
            Some(format!("membru din {year}"))
        );
        assert_eq!(joined_years(&data, "XX", Lang::En), None);
        let mut window = data.clone();
        let member = window
            .members
            .iter_mut()
            .find(|m| m.country == "MD")
            .unwrap();
        member.joined_by = Some(PartialDate {
            year: year + 1,
            ..member.joined
        });
        assert_eq!(
            joined_years(&window, "MD", Lang::En),
            Some(format!("joined {year}\u{2009}\u{2013}\u{2009}{}", year + 1))
        );
    }
}
