//! The interface strings of each language, as one typed table per language: a string missing
//! in any language is a compile error, and `tests/strings.rs` checks that each is non-empty,
//! uses the right script and keeps the English placeholders. Counted messages carry every
//! CLDR plural form the language uses; `{n}` and other `{names}` are filled in by [`fill`].

use serde::Serialize;

use crate::domain::lang::Lang;
use crate::i18n::format::{format_number, plural_category, PluralCategory};

/// A counted message: the forms for each CLDR plural category the language uses.
/// English and Mongolian use `one`/`other`; Romanian adds `few` (2–19: "3 evenimente", but
/// "20 de evenimente").
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Plural {
    pub one: &'static str,
    pub few: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// The form for `n` in `lang`.
    pub fn form(&self, lang: Lang, n: u64) -> &'static str {
        match plural_category(lang, n) {
            PluralCategory::One => self.one,
            PluralCategory::Few => self.few,
            _ => self.other,
        }
    }

    /// The message for `n` in `lang`, with `{n}` replaced by the number formatted per CLDR.
    pub fn format(&self, lang: Lang, n: u64) -> String {
        self.form(lang, n).replace("{n}", &format_number(lang, n))
    }

    /// The message for `n`, with `{n}` replaced by `shown` (e.g. "more than 450").
    pub fn format_shown(&self, lang: Lang, n: u64, shown: &str) -> String {
        self.form(lang, n).replace("{n}", shown)
    }
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// The strings of `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Mn => &MN,
        Lang::Ro => &RO,
    }
}

/// Every interface string of one language.
#[derive(Debug, Serialize)]
pub struct Strings {
    /// The app's name, in the document title and header.
    pub app_title: &'static str,
    /// The skip link at the top of the page.
    pub skip_to_timeline: &'static str,
    /// The label of the group of language buttons.
    pub language_switch_label: &'static str,
    /// Shown while the dataset loads.
    pub loading: &'static str,
    /// The pre-rendered page (`src/fallback.rs`), for readers without JavaScript: why the
    /// timeline does not respond.
    pub fallback_needs_app: &'static str,
    /// Shown above the pre-rendered page when the app could not start (no WebAssembly, or its
    /// module could not be loaded).
    pub fallback_app_failed: &'static str,
    /// Heading of the load-failure alert.
    pub load_failed_title: &'static str,
    /// The request failed.
    pub error_network: &'static str,
    /// `{status}`: the HTTP status code.
    pub error_http: &'static str,
    /// No answer in time.
    pub error_timeout: &'static str,
    /// The file is not JSON.
    pub error_not_json: &'static str,
    /// JSON, but not our format.
    pub error_wrong_format: &'static str,
    /// Nothing usable.
    pub error_no_events: &'static str,
    /// Summary of the technical detail.
    pub technical_details: &'static str,
    /// The Retry button.
    pub retry: &'static str,
    /// Heading of the notice listing invalid records.
    pub data_issues_title: &'static str,
    /// `{record}`, `{field}`, `{problem}`.
    pub data_issue_line: &'static str,
    /// A problem with a whole record (no one field): `{record}`, `{problem}`.
    pub data_issue_record_line: &'static str,
    /// A country's record in the dataset: `{code}`.
    pub record_country: &'static str,
    /// A member's record in the dataset: `{code}`.
    pub record_member: &'static str,
    pub problem_malformed: &'static str,
    pub problem_duplicate: &'static str,
    pub problem_bad_id: &'static str,
    pub problem_bad_country_code: &'static str,
    pub problem_unknown_country: &'static str,
    pub problem_end_before_start: &'static str,
    pub problem_empty_text: &'static str,
    pub problem_cedilla: &'static str,
    pub problem_not_cyrillic: &'static str,
    pub problem_text_too_long: &'static str,
    pub problem_bad_source_url: &'static str,
    pub problem_no_sources: &'static str,
    /// Followed by the date of the count (as in the file).
    pub problem_joined_before_count: &'static str,
    /// Followed by the id that `part_of` names.
    pub problem_unknown_conference: &'static str,
    /// Heading of the notice about a link's unusable parts.
    pub url_notice_title: &'static str,
    /// `{value}`
    pub notice_unknown_parameter: &'static str,
    /// `{value}`
    pub notice_bad_language: &'static str,
    /// `{value}`
    pub notice_bad_region: &'static str,
    /// `{value}`
    pub notice_bad_year: &'static str,
    /// `{value}`
    pub notice_bad_member: &'static str,
    /// `{value}`
    pub notice_bad_encoding: &'static str,
    pub notice_bad_theme: &'static str,
    /// `{value}`: a `controls=` that is not full, compact or none.
    pub notice_bad_controls: &'static str,
    pub notice_bad_colour: &'static str,
    /// `{colour}`: six hex digits; `{contrast}`, `{needed}`: contrast ratios (`1.5`, `4.5`).
    pub notice_unreadable_accent: &'static str,
    /// `{value}`
    pub notice_unknown_event: &'static str,
    /// An event in a link that the dataset's file has but left out as invalid: `{value}`.
    pub notice_left_out_event: &'static str,
    /// `{value}`
    pub notice_unknown_member: &'static str,
    pub notice_span: &'static str,
    /// Closes a notice.
    pub dismiss: &'static str,
    /// Heading of the filter controls.
    pub filters_heading: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    /// Label of the member combobox.
    pub member_filter_label: &'static str,
    /// Help under the member combobox.
    pub member_filter_hint: &'static str,
    /// Label of the list of chosen members.
    pub member_filter_chosen: &'static str,
    /// Shown when no option matches.
    pub member_filter_no_match: &'static str,
    /// `{names}`: shown instead when what was typed matches members chosen already.
    pub member_filter_chosen_already: &'static str,
    /// `{years}`: the year a member joined, or the years of a window ("2012–2013").
    pub member_filter_joined: &'static str,
    /// `{name}`: the button on a chip that removes that filter (a member, the region, the years).
    pub remove_filter: &'static str,
    /// Clears every filter.
    pub clear_filters: &'static str,
    /// Label of the region select.
    pub region_label: &'static str,
    /// The no-region option.
    pub all_regions: &'static str,
    pub region_africa: &'static str,
    pub region_americas: &'static str,
    pub region_asia_pacific: &'static str,
    pub region_europe: &'static str,
    /// Legend of the year-range control.
    pub span_label: &'static str,
    pub span_from: &'static str,
    pub span_to: &'static str,
    /// Resets the year range.
    pub span_all: &'static str,
    /// The button that shows or hides the region and the years (its count follows it).
    pub filters_button: &'static str,
    /// Heading of the timeline.
    pub timeline_heading: &'static str,
    /// Keyboard help for the timeline.
    pub timeline_help: &'static str,
    pub kind_conference: &'static str,
    pub kind_accession: &'static str,
    pub kind_chairship: &'static str,
    pub kind_statement: &'static str,
    pub kind_milestone: &'static str,
    /// Shown when filters hide everything.
    pub no_events_match: &'static str,
    /// Closes the event detail.
    pub detail_close: &'static str,
    pub detail_previous: &'static str,
    pub detail_next: &'static str,
    pub detail_when: &'static str,
    pub detail_where: &'static str,
    pub detail_theme: &'static str,
    pub detail_participants: &'static str,
    pub detail_outcomes: &'static str,
    pub detail_members: &'static str,
    pub detail_members_that_day: &'static str,
    /// The same, for an event dated by a year, a month or from a start to an end.
    pub detail_members_then: &'static str,
    /// `{n}`: the count including members whose joining date is uncertain.
    pub detail_members_uncertain: &'static str,
    /// `{n}`: the count by the end of an event dated by a period.
    pub detail_members_period: &'static str,
    pub detail_discrepancies: &'static str,
    pub detail_sources: &'static str,
    /// Where an online event took place (its host country follows in brackets).
    pub detail_virtual: &'static str,
    /// Before the link to the conference a statement, milestone or accession came from.
    pub detail_part_of: &'static str,
    /// Heading of the links to the events a conference gave rise to.
    pub detail_parts: &'static str,
    pub copy_link: &'static str,
    /// Announced after copying.
    pub link_copied: &'static str,
    /// Shown when the clipboard is refused.
    pub copy_manually: &'static str,
    /// The Web Share button.
    pub share: &'static str,
    /// `{n}`: a number.
    pub qualifier_about: &'static str,
    /// `{n}`: a number.
    pub qualifier_more_than: &'static str,
    /// Heading of the member roster.
    pub roster_heading: &'static str,
    pub roster_country: &'static str,
    pub roster_joined: &'static str,
    pub roster_roles: &'static str,
    pub roster_founder: &'static str,
    /// `{years}`
    pub roster_chair: &'static str,
    /// `{date}` (as `format_date_as_of` writes it: mn in the genitive, ro with its preposition),
    /// `{count}`: members as of an open event.
    pub roster_as_of: &'static str,
    /// Caption when no event is open.
    pub roster_all: &'static str,
    /// `{n}`: the members the coalition reports (its plural form); `{named}`: those named.
    pub roster_unidentified: Plural,
    /// `{from}`, `{to}` (in the genitive, `format_date_genitive`): a joining window.
    pub roster_window: &'static str,
    /// Link from the embedded view to the standalone page.
    pub open_full_view: &'static str,
    /// Opens the embed dialog.
    pub embed_button: &'static str,
    /// Heading of the embed dialog.
    pub embed_title: &'static str,
    pub embed_lang: &'static str,
    pub embed_theme: &'static str,
    pub embed_accent: &'static str,
    pub embed_accent_hint: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub embed_event: &'static str,
    pub embed_no_event: &'static str,
    /// Introduces the filters the embed code carries.
    pub embed_filters: &'static str,
    pub embed_no_filters: &'static str,
    /// `{text}` in this language's quotation marks.
    pub quoted: &'static str,
    pub embed_height: &'static str,
    /// `{min}`, `{max}`: the allowed range; `{height}`: the height the code keeps.
    pub embed_height_invalid: &'static str,
    pub embed_script: &'static str,
    pub embed_keep_hash: &'static str,
    pub embed_preview: &'static str,
    /// The Embed dialog's choice of how much of the filter controls the embed shows.
    pub embed_controls: &'static str,
    pub embed_controls_full: &'static str,
    pub embed_controls_compact: &'static str,
    pub embed_controls_none: &'static str,
    pub embed_code: &'static str,
    pub embed_copy: &'static str,
    pub embed_copied: &'static str,
    /// The translated title of the embedded iframe.
    pub iframe_title: &'static str,
    /// Heading of the areas of action.
    pub about_areas: &'static str,
    /// Heading of the growth chart.
    pub chart_heading: &'static str,
    /// Legend: the line.
    pub chart_named: &'static str,
    /// Legend: the dots.
    pub chart_reported: &'static str,
    /// Shows the chart's data as a table.
    pub chart_table_summary: &'static str,
    pub chart_date: &'static str,
    pub chart_count: &'static str,
    pub chart_alternatives: &'static str,
    /// The column of the counts' notes (why sources disagree).
    pub chart_note: &'static str,
    /// Events in the dataset.
    pub events_count: Plural,
    /// The live announcement of what the timeline shows.
    pub events_shown: Plural,
    /// The Filters button's description: how many filters are on.
    pub filters_on: Plural,
    /// Options the member combobox offers.
    pub members_matching: Plural,
    /// A number of members.
    pub members_count: Plural,
    /// Participants of a conference.
    pub participants_count: Plural,
    /// Countries participants came from.
    pub countries_count: Plural,
    /// Conferences a member hosted.
    pub hosted_conferences: Plural,
}

static EN: Strings = Strings {
    app_title: "Freedom Online Coalition: a history",
    skip_to_timeline: "Skip to the timeline",
    language_switch_label: "Language",
    loading: "Loading the timeline…",
    fallback_needs_app: "The timeline needs JavaScript and WebAssembly to open its events and filter them; below is its overview.",
    fallback_app_failed: "The interactive timeline could not start in this browser; below is its overview.",
    load_failed_title: "The timeline could not be loaded",
    error_network: "The request failed: the network or the server could not be reached.",
    error_http: "The server answered with error {status}.",
    error_timeout: "The server took too long to answer.",
    error_not_json: "The data file is damaged: it is not valid JSON.",
    error_wrong_format: "The data file is not a timeline dataset of a version this app can read.",
    error_no_events: "The data file holds no usable events.",
    technical_details: "Technical details",
    retry: "Retry",
    data_issues_title: "Some records were left out because they are invalid",
    data_issue_line: "{record}, field “{field}”: {problem}",
    data_issue_record_line: "{record}: {problem}",
    record_country: "country {code}",
    record_member: "member {code}",
    problem_malformed: "the record cannot be read",
    problem_duplicate: "the id is used more than once",
    problem_bad_id: "the id is not a valid slug",
    problem_bad_country_code: "not a two-letter country code",
    problem_unknown_country: "refers to a country the dataset does not list",
    problem_end_before_start: "ends before it starts",
    problem_empty_text: "the text is empty",
    problem_cedilla: "Romanian text uses cedilla \u{015F}/\u{0163} instead of ș/ț",
    problem_not_cyrillic: "the Mongolian text is not in Cyrillic",
    problem_text_too_long: "the text is too long",
    problem_bad_source_url: "the source is not an https link",
    problem_no_sources: "no source is given",
    problem_joined_before_count: "the join date is earlier than a reported member count that does not include this member yet",
    problem_unknown_conference: "refers to a conference the dataset does not list",
    url_notice_title: "Part of the link was not understood and was ignored",
    notice_unknown_parameter: "unknown parameter “{value}”",
    notice_bad_language: "unknown language “{value}”",
    notice_bad_region: "unknown region “{value}”",
    notice_bad_year: "“{value}” is not a year",
    notice_bad_member: "“{value}” is not a member code",
    notice_bad_encoding: "badly encoded text “{value}”",
    notice_bad_theme: "unknown colour scheme “{value}” (light or dark)",
    notice_bad_controls: "unknown choice of controls “{value}” (full, compact or none)",
    notice_bad_colour: "“{value}” is not a colour (six hex digits, such as 0b5cad)",
    notice_unreadable_accent: "the accent colour #{colour} is too light for text (contrast {contrast}:1, at least {needed}:1 needed); the usual colour is used",
    notice_unknown_event: "there is no event “{value}”",
    notice_left_out_event: "the event “{value}” was left out because its record is invalid",
    notice_unknown_member: "“{value}” is not a member of the coalition",
    notice_span: "the years were outside the timeline and were adjusted",
    dismiss: "Dismiss",
    filters_heading: "Filter the timeline",
    search_label: "Search events",
    search_hint: "Type words from a title, summary or place, in any language",
    member_filter_label: "Members",
    member_filter_hint: "Type a country's name in any language, or its code",
    member_filter_chosen: "Chosen members",
    member_filter_no_match: "No member matches",
    member_filter_chosen_already: "Already in the filter: {names}",
    member_filter_joined: "joined {years}",
    remove_filter: "Remove {name}",
    clear_filters: "Clear filters",
    region_label: "Region",
    all_regions: "All regions",
    region_africa: "Africa",
    region_americas: "Americas",
    region_asia_pacific: "Asia-Pacific",
    region_europe: "Europe",
    span_label: "Years shown",
    span_from: "From",
    span_to: "To",
    span_all: "All years",
    filters_button: "Filters",
    timeline_heading: "Timeline",
    timeline_help:
        "Use the arrow keys, Home and End to move between events, Enter to open one and Escape to close it.",
    kind_conference: "Conference",
    kind_accession: "New member",
    kind_chairship: "Chairship",
    kind_statement: "Joint statement",
    kind_milestone: "Milestone",
    no_events_match: "No events match these filters.",
    detail_close: "Close",
    detail_previous: "Previous event",
    detail_next: "Next event",
    detail_when: "Date",
    detail_where: "Place",
    detail_theme: "Theme",
    detail_participants: "Participants",
    detail_outcomes: "Outcomes",
    detail_members: "Members involved",
    detail_members_that_day: "Members of the coalition that day",
    detail_members_then: "Members of the coalition at the time",
    detail_members_uncertain: "up to {n} counting members whose joining date is uncertain",
    detail_members_period: "up to {n} by its end: its date is a period, not one day",
    detail_discrepancies: "Where sources disagree",
    detail_sources: "Sources",
    detail_virtual: "Online",
    detail_part_of: "Part of:",
    detail_parts: "Also from this conference",
    copy_link: "Copy link",
    link_copied: "Link copied",
    copy_manually: "Copy this link:",
    share: "Share",
    qualifier_about: "about {n}",
    qualifier_more_than: "more than {n}",
    roster_heading: "Member states",
    roster_country: "Country",
    roster_joined: "Joined",
    roster_roles: "Roles",
    roster_founder: "Founding member",
    roster_chair: "Chair: {years}",
    roster_as_of: "Members as of {date}: {count}",
    roster_all: "All members named in the sources",
    roster_unidentified: Plural {
        one: "The coalition reports {n} member; the sources consulted name {named} of them.",
        few: "The coalition reports {n} members; the sources consulted name {named} of them.",
        other: "The coalition reports {n} members; the sources consulted name {named} of them.",
    },
    roster_window: "between {from} and {to}",
    open_full_view: "Open full view",
    embed_button: "Embed",
    embed_title: "Embed this timeline in your site",
    embed_lang: "Language",
    embed_theme: "Colour scheme",
    embed_accent: "Accent colour (light scheme)",
    embed_accent_hint: "Six hex digits, such as 8a1538, for buttons and links. Leave it empty for the usual blue.",
    theme_auto: "The reader's setting (light or dark)",
    theme_light: "Light",
    theme_dark: "Dark",
    embed_event: "Starting event",
    embed_no_event: "None (the whole timeline)",
    embed_filters: "Filters, as set now",
    embed_no_filters: "None: every event is shown",
    quoted: "“{text}”",
    embed_height: "Height in pixels",
    embed_height_invalid: "Enter a whole number from {min} to {max}. The code keeps the current height, {height} pixels.",
    embed_script: "Add the auto-height script",
    embed_keep_hash: "Keep the open event in your page's address (#event=…), so readers can share it (needs the script)",
    embed_preview: "Preview",
    embed_controls: "Controls",
    embed_controls_full: "Full: every filter in view",
    embed_controls_compact: "Compact: members, search and a Filters button",
    embed_controls_none: "None: the timeline alone",
    embed_code: "Code to paste into your page",
    embed_copy: "Copy code",
    embed_copied: "Code copied",
    iframe_title: "Timeline of the Freedom Online Coalition",
    about_areas: "Areas of action",
    chart_heading: "Membership over time",
    chart_named: "Named members (by joining date)",
    chart_reported: "Member counts reported by sources",
    chart_table_summary: "Show the data as a table",
    chart_date: "Date",
    chart_count: "Reported count",
    chart_alternatives: "Other figures",
    chart_note: "Note",
    events_count: Plural {
        one: "{n} event",
        few: "{n} events",
        other: "{n} events",
    },
    events_shown: Plural {
        one: "Showing {n} event",
        few: "Showing {n} events",
        other: "Showing {n} events",
    },
    filters_on: Plural {
        one: "{n} filter on",
        few: "{n} filters on",
        other: "{n} filters on",
    },
    members_matching: Plural {
        one: "{n} member matches",
        few: "{n} members match",
        other: "{n} members match",
    },
    members_count: Plural {
        one: "{n} member",
        few: "{n} members",
        other: "{n} members",
    },
    participants_count: Plural {
        one: "{n} participant",
        few: "{n} participants",
        other: "{n} participants",
    },
    countries_count: Plural {
        one: "from {n} country",
        few: "from {n} countries",
        other: "from {n} countries",
    },
    hosted_conferences: Plural {
        one: "hosted {n} conference",
        few: "hosted {n} conferences",
        other: "hosted {n} conferences",
    },
};

static MN: Strings = Strings {
    app_title: "Онлайн эрх чөлөөний эвсэл: түүхэн замнал",
    skip_to_timeline: "Он цагийн хэлхээс рүү шилжих",
    language_switch_label: "Хэл",
    loading: "Он цагийн хэлхээсийг ачаалж байна…",
    fallback_needs_app: "Үйл явдлыг нээж, шүүхийн тулд он цагийн хэлхээсэд JavaScript болон WebAssembly шаардлагатай; доор түүний ерөнхий тойм байна.",
    fallback_app_failed: "Интерактив он цагийн хэлхээс энэ хөтөч дээр ажиллаж чадсангүй; доор түүний ерөнхий тойм байна.",
    load_failed_title: "Он цагийн хэлхээсийг ачаалж чадсангүй",
    error_network: "Хүсэлт амжилтгүй боллоо: сүлжээ эсвэл сервертэй холбогдож чадсангүй.",
    error_http: "Сервер {status} алдаагаар хариулав.",
    error_timeout: "Серверээс хугацаандаа хариу ирсэнгүй.",
    error_not_json: "Өгөгдлийн файл гэмтсэн байна: зөв JSON биш байна.",
    error_wrong_format: "Өгөгдлийн файл нь энэ програмын унших боломжтой хувилбарын он цагийн хэлхээсийн өгөгдөл биш байна.",
    error_no_events: "Өгөгдлийн файлд ашиглах боломжтой үйл явдал алга.",
    technical_details: "Техникийн дэлгэрэнгүй",
    retry: "Дахин оролдох",
    data_issues_title: "Зарим бичлэг алдаатай тул хассан",
    data_issue_line: "{record}, «{field}» талбар: {problem}",
    data_issue_record_line: "{record}: {problem}",
    record_country: "{code} улс",
    record_member: "{code} гишүүн улс",
    problem_malformed: "бичлэгийг уншиж чадахгүй байна",
    problem_duplicate: "танигч нэгээс олон удаа ашиглагдсан",
    problem_bad_id: "танигч буруу хэлбэртэй",
    problem_bad_country_code: "хоёр үсэгт улсын код биш",
    problem_unknown_country: "өгөгдөлд байхгүй улсыг заасан",
    problem_end_before_start: "эхлэхээсээ өмнө дуусч байна",
    problem_empty_text: "бичвэр хоосон байна",
    problem_cedilla: "румын бичвэрт ș/ț-ийн оронд седильтэй \u{015F}/\u{0163} хэрэглэсэн",
    problem_not_cyrillic: "монгол бичвэр кирилл үсгээр биш байна",
    problem_text_too_long: "бичвэр хэт урт байна",
    problem_bad_source_url: "эх сурвалж нь https холбоос биш",
    problem_no_sources: "эх сурвалж заагаагүй",
    problem_joined_before_count: "элссэн огноо нь энэ гишүүнийг хараахан тооцоогүй байсан гишүүдийн тооны мэдээллээс өмнө байна",
    problem_unknown_conference: "өгөгдөлд байхгүй бага хурлыг заасан",
    url_notice_title: "Холбоосын зарим хэсгийг ойлгосонгүй тул үл хэрэгсэв",
    notice_unknown_parameter: "үл мэдэгдэх параметр «{value}»",
    notice_bad_language: "үл мэдэгдэх хэл «{value}»",
    notice_bad_region: "үл мэдэгдэх бүс нутаг «{value}»",
    notice_bad_year: "«{value}» нь он биш",
    notice_bad_member: "«{value}» нь гишүүн орны код биш",
    notice_bad_encoding: "буруу кодлогдсон бичвэр «{value}»",
    notice_bad_theme: "үл мэдэгдэх өнгөний горим «{value}» (light буюу цайвар, эсвэл dark буюу бараан байж болно)",
    notice_bad_controls: "удирдлагын үл мэдэгдэх хэлбэр «{value}» (full буюу бүтэн, compact буюу товч, эсвэл none буюу байхгүй байж болно)",
    notice_bad_colour: "«{value}» нь өнгө биш (0b5cad гэх мэт арван зургаатын зургаан орон)",
    notice_unreadable_accent: "#{colour} өнгө бичвэрт хэт цайвар (контраст {contrast}:1, дор хаяж {needed}:1 шаардлагатай); ердийн өнгийг хэрэглэв",
    notice_unknown_event: "«{value}» гэсэн үйл явдал байхгүй",
    notice_left_out_event: "«{value}» үйл явдлын бичлэг алдаатай тул хассан",
    notice_unknown_member: "«{value}» нь эвслийн гишүүн биш",
    notice_span: "он нь хэлхээсийн хүрээнээс гадуур байсан тул тохируулав",
    dismiss: "Хаах",
    filters_heading: "Он цагийн хэлхээсийг шүүх",
    search_label: "Үйл явдал хайх",
    search_hint: "Гарчиг, тайлбар эсвэл газрын нэрээс үгийг аль ч хэлээр бичнэ үү",
    member_filter_label: "Гишүүн орнууд",
    member_filter_hint: "Улсын нэрийг аль ч хэлээр, эсвэл кодыг нь бичнэ үү",
    member_filter_chosen: "Сонгосон гишүүд",
    member_filter_no_match: "Тохирох гишүүн алга",
    member_filter_chosen_already: "Шүүлтүүрт аль хэдийн байгаа: {names}",
    member_filter_joined: "{years} онд элссэн",
    remove_filter: "Хасах: {name}",
    clear_filters: "Шүүлтүүрийг арилгах",
    region_label: "Бүс нутаг",
    all_regions: "Бүх бүс нутаг",
    region_africa: "Африк",
    region_americas: "Америк тив",
    region_asia_pacific: "Ази, Номхон далайн бүс",
    region_europe: "Европ",
    span_label: "Харуулах он",
    span_from: "Эхлэх он",
    span_to: "Дуусах он",
    span_all: "Бүх он",
    filters_button: "Шүүлтүүр",
    timeline_heading: "Он цагийн хэлхээс",
    timeline_help: "Үйл явдлуудын хооронд сум, Home, End товчоор шилжиж, Enter товчоор нээж, Escape товчоор хаана.",
    kind_conference: "Бага хурал",
    kind_accession: "Шинэ гишүүн",
    kind_chairship: "Даргалах улс",
    kind_statement: "Хамтарсан мэдэгдэл",
    kind_milestone: "Чухал үйл явдал",
    no_events_match: "Эдгээр шүүлтүүрт тохирох үйл явдал алга.",
    detail_close: "Хаах",
    detail_previous: "Өмнөх үйл явдал",
    detail_next: "Дараагийн үйл явдал",
    detail_when: "Огноо",
    detail_where: "Газар",
    detail_theme: "Сэдэв",
    detail_participants: "Оролцогчид",
    detail_outcomes: "Үр дүн, баримт бичиг",
    detail_members: "Холбогдох гишүүд",
    detail_members_that_day: "Тухайн өдөр эвслийн гишүүдийн тоо",
    detail_members_then: "Тухайн үеийн эвслийн гишүүдийн тоо",
    detail_members_uncertain: "элссэн огноо нь тодорхойгүй гишүүдийг оруулбал {n} хүртэл",
    detail_members_period: "төгсгөлд нь {n} хүртэл: огноо нь нэг өдөр биш, хугацаа",
    detail_discrepancies: "Эх сурвалжуудын зөрүү",
    detail_sources: "Эх сурвалж",
    detail_virtual: "Цахим хэлбэрээр",
    detail_part_of: "Дараах бага хурлын хүрээнд:",
    detail_parts: "Энэ бага хурлын хүрээнд болсон бусад үйл явдал",
    copy_link: "Холбоос хуулах",
    link_copied: "Холбоос хуулагдлаа",
    copy_manually: "Энэ холбоосыг хуулна уу:",
    share: "Хуваалцах",
    qualifier_about: "ойролцоогоор {n}",
    qualifier_more_than: "{n} гаруй",
    roster_heading: "Гишүүн орнууд",
    roster_country: "Улс",
    roster_joined: "Элссэн",
    roster_roles: "Үүрэг",
    roster_founder: "Үүсгэн байгуулагч",
    roster_chair: "Даргалсан: {years}",
    roster_as_of: "{date} байдлаар гишүүд: {count}",
    roster_all: "Эх сурвалжид нэрлэгдсэн бүх гишүүн",
    // No case ending on a number: its form would depend on how the numeral is read.
    roster_unidentified: Plural {
        one: "Эвсэл {n} гишүүнтэй гэж мэдээлдэг; ашигласан эх сурвалжид тэдгээрийн {named} нь нэрээр дурдагдсан.",
        few: "Эвсэл {n} гишүүнтэй гэж мэдээлдэг; ашигласан эх сурвалжид тэдгээрийн {named} нь нэрээр дурдагдсан.",
        other: "Эвсэл {n} гишүүнтэй гэж мэдээлдэг; ашигласан эх сурвалжид тэдгээрийн {named} нь нэрээр дурдагдсан.",
    },
    roster_window: "{from} – {to} хооронд",
    open_full_view: "Бүтэн хэмжээгээр нээх",
    embed_button: "Вэб хуудсанд суулгах",
    embed_title: "Энэ хэлхээсийг өөрийн вэб хуудсанд суулгах",
    embed_lang: "Хэл",
    embed_theme: "Өнгөний горим",
    embed_accent: "Тодотгол өнгө (цайвар горимд)",
    embed_accent_hint: "Товч, холбоосын өнгө: 8a1538 гэх мэт арван зургаатын зургаан орон. Ердийн цэнхэр өнгийг хэрэглэх бол хоосон үлдээнэ үү.",
    theme_auto: "Уншигчийн тохиргоогоор (цайвар эсвэл бараан)",
    theme_light: "Цайвар",
    theme_dark: "Бараан",
    embed_event: "Эхлэх үйл явдал",
    embed_no_event: "Байхгүй (бүх хэлхээс)",
    embed_filters: "Шүүлтүүр (одоогийн байдлаар)",
    embed_no_filters: "Байхгүй: бүх үйл явдлыг харуулна",
    quoted: "«{text}»",
    embed_height: "Өндөр (пикселээр)",
    embed_height_invalid: "{min}-аас {max} хүртэлх бүхэл тоо оруулна уу. Код одоогийн {height} пикселийн өндрийг хэвээр үлдээнэ.",
    embed_script: "Өндрийг автоматаар тохируулах скрипт нэмэх",
    embed_keep_hash: "Нээсэн үйл явдлыг таны хуудасны хаягт (#event=…) хадгалж, уншигчид хуваалцах боломжтой болгох (скрипт шаардлагатай)",
    embed_preview: "Урьдчилан харах",
    embed_controls: "Удирдлага",
    embed_controls_full: "Бүтэн: бүх шүүлтүүр харагдана",
    embed_controls_compact: "Товч: гишүүд, хайлт ба «Шүүлтүүр» товч",
    embed_controls_none: "Байхгүй: зөвхөн он цагийн хэлхээс",
    embed_code: "Хуудсандаа буулгах код",
    embed_copy: "Код хуулах",
    embed_copied: "Код хуулагдлаа",
    iframe_title: "Онлайн эрх чөлөөний эвслийн он цагийн хэлхээс",
    about_areas: "Үйл ажиллагааны чиглэл",
    chart_heading: "Гишүүдийн тооны өсөлт",
    chart_named: "Нэр нь тодорхой гишүүд (элссэн огноогоор)",
    chart_reported: "Эх сурвалжид дурдсан гишүүдийн тоо",
    chart_table_summary: "Өгөгдлийг хүснэгтээр харуулах",
    chart_date: "Огноо",
    chart_count: "Мэдээлсэн тоо",
    chart_alternatives: "Бусад тоо",
    chart_note: "Тайлбар",
    events_count: Plural { one: "{n} үйл явдал", few: "{n} үйл явдал", other: "{n} үйл явдал" },
    events_shown: Plural { one: "{n} үйл явдал харуулж байна", few: "{n} үйл явдал харуулж байна", other: "{n} үйл явдал харуулж байна" },
    filters_on: Plural { one: "{n} шүүлтүүр идэвхтэй", few: "{n} шүүлтүүр идэвхтэй", other: "{n} шүүлтүүр идэвхтэй" },
    members_matching: Plural { one: "{n} гишүүн олдлоо", few: "{n} гишүүн олдлоо", other: "{n} гишүүн олдлоо" },
    members_count: Plural { one: "{n} гишүүн", few: "{n} гишүүн", other: "{n} гишүүн" },
    participants_count: Plural { one: "{n} оролцогч", few: "{n} оролцогч", other: "{n} оролцогч" },
    countries_count: Plural { one: "{n} орноос", few: "{n} орноос", other: "{n} орноос" },
    hosted_conferences: Plural { one: "{n} бага хурал зохион байгуулсан", few: "{n} бага хурал зохион байгуулсан", other: "{n} бага хурал зохион байгуулсан" },
};

static RO: Strings = Strings {
    app_title: "Coaliția privind Libertatea în Spațiul Virtual: istoric",
    skip_to_timeline: "Salt la cronologie",
    language_switch_label: "Limba",
    loading: "Se încarcă cronologia…",
    fallback_needs_app: "Cronologia are nevoie de JavaScript și WebAssembly pentru a-și deschide și filtra evenimentele; mai jos este imaginea ei de ansamblu.",
    fallback_app_failed: "Cronologia interactivă nu a putut porni în acest browser; mai jos este imaginea ei de ansamblu.",
    load_failed_title: "Cronologia nu a putut fi încărcată",
    error_network: "Cererea a eșuat: rețeaua sau serverul nu au putut fi accesate.",
    error_http: "Serverul a răspuns cu eroarea {status}.",
    error_timeout: "Serverul nu a răspuns la timp.",
    error_not_json: "Fișierul de date este deteriorat: nu este JSON valid.",
    error_wrong_format: "Fișierul de date nu este un set de date al cronologiei într-o versiune pe care aplicația o poate citi.",
    error_no_events: "Fișierul de date nu conține niciun eveniment utilizabil.",
    technical_details: "Detalii tehnice",
    retry: "Reîncearcă",
    data_issues_title: "Unele înregistrări au fost omise deoarece nu sunt valide",
    data_issue_line: "{record}, câmpul „{field}”: {problem}",
    data_issue_record_line: "{record}: {problem}",
    record_country: "țara {code}",
    record_member: "membrul {code}",
    problem_malformed: "înregistrarea nu poate fi citită",
    problem_duplicate: "identificatorul este folosit de mai multe ori",
    problem_bad_id: "identificatorul nu are o formă validă",
    problem_bad_country_code: "nu este un cod de țară din două litere",
    problem_unknown_country: "se referă la o țară care nu figurează în setul de date",
    problem_end_before_start: "se încheie înainte de a începe",
    problem_empty_text: "textul este gol",
    problem_cedilla: "textul românesc folosește \u{015F}/\u{0163} cu sedilă în loc de ș/ț",
    problem_not_cyrillic: "textul mongol nu este scris cu litere chirilice",
    problem_text_too_long: "textul este prea lung",
    problem_bad_source_url: "sursa nu este un link https",
    problem_no_sources: "nu este indicată nicio sursă",
    problem_joined_before_count: "data aderării este anterioară unui număr raportat de membri care nu îl include încă pe acest membru",
    problem_unknown_conference: "se referă la o conferință care nu figurează în setul de date",
    url_notice_title: "O parte din link nu a fost înțeleasă și a fost ignorată",
    notice_unknown_parameter: "parametru necunoscut „{value}”",
    notice_bad_language: "limbă necunoscută „{value}”",
    notice_bad_region: "regiune necunoscută „{value}”",
    notice_bad_year: "„{value}” nu este un an",
    notice_bad_member: "„{value}” nu este un cod de stat membru",
    notice_bad_encoding: "text codificat greșit „{value}”",
    notice_bad_theme: "schemă de culori necunoscută „{value}” (valori acceptate: light – luminoasă, dark – întunecată)",
    notice_bad_controls: "mod necunoscut de afișare a comenzilor „{value}” (valori acceptate: full – complete, compact – compacte, none – fără comenzi)",
    notice_bad_colour: "„{value}” nu este o culoare (șase cifre hexazecimale, de exemplu 0b5cad)",
    notice_unreadable_accent: "culoarea de accent #{colour} este prea deschisă pentru text (contrast {contrast}:1, este nevoie de cel puțin {needed}:1); se folosește culoarea obișnuită",
    notice_unknown_event: "nu există evenimentul „{value}”",
    notice_left_out_event: "evenimentul „{value}” a fost omis deoarece înregistrarea sa nu este validă",
    notice_unknown_member: "„{value}” nu este membru al Coaliției",
    notice_span: "anii erau în afara cronologiei și au fost ajustați",
    dismiss: "Închide",
    filters_heading: "Filtrează cronologia",
    search_label: "Caută evenimente",
    search_hint: "Scrie cuvinte din titlu, rezumat sau loc, în orice limbă",
    member_filter_label: "State membre",
    member_filter_hint: "Scrie numele unei țări în orice limbă sau codul ei",
    member_filter_chosen: "State membre alese",
    member_filter_no_match: "Niciun stat membru nu corespunde",
    member_filter_chosen_already: "Deja în filtru: {names}",
    member_filter_joined: "membru din {years}",
    remove_filter: "Elimină: {name}",
    clear_filters: "Șterge filtrele",
    region_label: "Regiunea",
    all_regions: "Toate regiunile",
    region_africa: "Africa",
    region_americas: "Americile",
    region_asia_pacific: "Asia-Pacific",
    region_europe: "Europa",
    span_label: "Anii afișați",
    span_from: "De la",
    span_to: "Până la",
    span_all: "Toți anii",
    filters_button: "Filtre",
    timeline_heading: "Cronologie",
    timeline_help: "Folosește săgețile, Home și End pentru a trece de la un eveniment la altul, Enter pentru a-l deschide și Escape pentru a-l închide.",
    kind_conference: "Conferință",
    kind_accession: "Membru nou",
    kind_chairship: "Președinție",
    kind_statement: "Declarație comună",
    kind_milestone: "Etapă importantă",
    no_events_match: "Niciun eveniment nu corespunde acestor filtre.",
    detail_close: "Închide",
    detail_previous: "Evenimentul anterior",
    detail_next: "Evenimentul următor",
    detail_when: "Data",
    detail_where: "Locul",
    detail_theme: "Tema",
    detail_participants: "Participanți",
    detail_outcomes: "Rezultate și documente",
    detail_members: "State membre implicate",
    detail_members_that_day: "Membri ai Coaliției la acea dată",
    detail_members_then: "Membri ai Coaliției în acea perioadă",
    detail_members_uncertain: "până la {n}, dacă se numără și membrii cu dată de aderare incertă",
    detail_members_period: "până la {n} la sfârșitul perioadei: data nu este o singură zi",
    detail_discrepancies: "Unde sursele diferă",
    detail_sources: "Surse",
    detail_virtual: "Online",
    detail_part_of: "Face parte din:",
    detail_parts: "Tot de la această conferință",
    copy_link: "Copiază linkul",
    link_copied: "Linkul a fost copiat",
    copy_manually: "Copiază acest link:",
    share: "Distribuie",
    qualifier_about: "circa {n}",
    qualifier_more_than: "peste {n}",
    roster_heading: "Statele membre",
    roster_country: "Țara",
    roster_joined: "Data aderării",
    roster_roles: "Roluri",
    roster_founder: "Membru fondator",
    roster_chair: "Președinție: {years}",
    roster_as_of: "Membri {date}: {count}",
    roster_all: "Toți membrii menționați nominal în surse",
    roster_unidentified: Plural {
        one: "Coaliția raportează {n} membru; sursele consultate menționează nominal {named}.",
        few: "Coaliția raportează {n} membri; sursele consultate îi menționează nominal pe {named} dintre ei.",
        other: "Coaliția raportează {n} de membri; sursele consultate îi menționează nominal pe {named} dintre ei.",
    },
    roster_window: "între {from} și {to}",
    open_full_view: "Deschide versiunea completă",
    embed_button: "Încorporează",
    embed_title: "Încorporează această cronologie în site-ul tău",
    embed_lang: "Limba",
    embed_theme: "Schema de culori",
    embed_accent: "Culoarea de accent (schema luminoasă)",
    embed_accent_hint: "Șase cifre hexazecimale, de exemplu 8a1538, pentru butoane și linkuri. Lasă gol pentru albastrul obișnuit.",
    theme_auto: "Setarea cititorului (luminoasă sau întunecată)",
    theme_light: "Luminoasă",
    theme_dark: "Întunecată",
    embed_event: "Evenimentul inițial",
    embed_no_event: "Niciunul (întreaga cronologie)",
    embed_filters: "Filtre (așa cum sunt setate acum)",
    embed_no_filters: "Niciunul: se afișează toate evenimentele",
    quoted: "„{text}”",
    embed_height: "Înălțimea în pixeli",
    embed_height_invalid: "Introdu un număr întreg de la {min} la {max}. Codul păstrează înălțimea actuală, {height} px.",
    embed_script: "Adaugă scriptul de înălțime automată",
    embed_keep_hash: "Păstrează evenimentul deschis în adresa paginii tale (#event=…), ca cititorii să-l poată distribui (necesită scriptul)",
    embed_preview: "Previzualizare",
    embed_controls: "Comenzi",
    embed_controls_full: "Complete: toate filtrele la vedere",
    embed_controls_compact: "Compacte: membrii, căutarea și butonul Filtre",
    embed_controls_none: "Fără: doar cronologia",
    embed_code: "Codul de inserat în pagina ta",
    embed_copy: "Copiază codul",
    embed_copied: "Codul a fost copiat",
    iframe_title: "Cronologia Coaliției privind Libertatea în Spațiul Virtual",
    about_areas: "Domenii de acțiune",
    chart_heading: "Evoluția numărului de membri",
    chart_named: "Membri identificați nominal (după data aderării)",
    chart_reported: "Numărul de membri raportat de surse",
    chart_table_summary: "Arată datele ca tabel",
    chart_date: "Data",
    chart_count: "Număr raportat",
    chart_alternatives: "Alte cifre",
    chart_note: "Notă",
    events_count: Plural { one: "{n} eveniment", few: "{n} evenimente", other: "{n} de evenimente" },
    events_shown: Plural { one: "Se afișează {n} eveniment", few: "Se afișează {n} evenimente", other: "Se afișează {n} de evenimente" },
    filters_on: Plural { one: "{n} filtru activ", few: "{n} filtre active", other: "{n} de filtre active" },
    members_matching: Plural { one: "{n} stat membru găsit", few: "{n} state membre găsite", other: "{n} de state membre găsite" },
    members_count: Plural { one: "{n} membru", few: "{n} membri", other: "{n} de membri" },
    participants_count: Plural { one: "{n} participant", few: "{n} participanți", other: "{n} de participanți" },
    countries_count: Plural { one: "din {n} țară", few: "din {n} țări", other: "din {n} de țări" },
    hosted_conferences: Plural { one: "a găzduit {n} conferință", few: "a găzduit {n} conferințe", other: "a găzduit {n} de conferințe" },
};
