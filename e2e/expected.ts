// Hard-coded answers the browser tests hold the app to: which events a search, a member or a span
// of years shows, and how many members the coalition had at an event. They are worked out by
// hand from public/data/foc.json (as of commit 701d74b, 74 events and 40 members) and its
// sources, not computed by a second copy of the app's rules: a rule written wrong twice would
// agree with itself. The rules themselves are unit-tested where the app runs them
// (src/domain/search.rs, matching.rs, filter.rs, membership.rs).
//
// Lists of events are in the timeline's order: by start (a date's first possible day, the more
// precise date first), then the earlier end, then id; so Nairobi's one-day terms of reference
// (6 September 2012) come before the two-day conference that starts that day.
//
// WHEN THE DATASET CHANGES (records merged, split, added, members' dates corrected), these
// answers must be worked out again the same way; each block says how it was.

/**
 * What each search shows: the events with every word of it (case and Latin diacritics aside,
 * punctuation and quotation marks not counting) in a title, summary, theme, city or country name,
 * in any of the three languages. Found by reading the records with `grep -i` on the words in
 * each language and checking each hit by eye; in the timeline's (chronological) order.
 */
export const SEARCH: Record<string, string[]> = {
  // Tallinn / Таллин: the 2014 conference (title, city), Estonia's chairship (which hosted it),
  // the working groups (which took up their work there), Mongolia's chairship (confirmed
  // there), Moldova's and Japan's accessions (Moldova first attended it; Japan joined a few days
  // before). The Tallinn Recommendations are now told in the conference's own summary. Estonia's
  // chairship is dated 2013 (its first day before the working groups' June 2013); Moldova's
  // 1 January 2014 comes before Mongolia's chairship, dated 2014, as the more precise date.
  tallinn: [
    "chairship-2013-estonia",
    "milestone-2013-working-groups",
    "accession-2014-moldova",
    "chairship-2014-mongolia",
    "accession-2014-japan",
    "conference-2014-tallinn",
  ],
  // "joint statement" (or "Joint Statement") in the English texts of seven statements; the 2012
  // World Press Freedom Day one is "a statement", Dubai's and UNESCO's are "coordination" and
  // "coordinated input", Helsinki's is a "declaration". (2018's statement on censorship and the
  // ITU is no longer a record of its own.)
  "joint statement": [
    "statement-2013-osce-vienna",
    "statement-2013-vietnam-decree-72",
    "statement-2015-un-hrc-29",
    "statement-2019-disinformation",
    "statement-2020-covid-19",
    "statement-2025-un-cybercrime-convention",
    "statement-2025-un-hrc-58",
  ],
  // "declarație comună" in the Romanian texts: the same seven ("Declarație comună …" in six
  // titles; 2019's title says "Declarația comună", its summary "o declarație comună"). The other
  // Romanian "declarație"/"Declarația" (2012, Ulaanbaatar, San José, South Korea) are not "comună".
  "declaratie comuna": [
    "statement-2013-osce-vienna",
    "statement-2013-vietnam-decree-72",
    "statement-2015-un-hrc-29",
    "statement-2019-disinformation",
    "statement-2020-covid-19",
    "statement-2025-un-cybercrime-convention",
    "statement-2025-un-hrc-58",
  ],
  // "Țările de Jos" (the Netherlands, ro) as the place's country or in a Romanian text: the two
  // Dutch chairships (their titles), the founding conference in The Hague (place NL) and
  // Armenia's accession in The Hague (place NL). The 2012 statement's title and the 2025
  // statement's summary (and Armenia's) say "Țărilor de Jos", another form.
  "tarile de jos": [
    "chairship-2011-netherlands",
    "conference-2011-the-hague",
    "chairship-2024-netherlands",
    "accession-2024-armenia",
  ],
  // Tallinn and Nairobi are never in one record.
  "tallinn nairobi": [],
};

/**
 * What choosing a member shows: the events that list it among their members or happened in it
 * (place.country), except that an accession's place is only where it was announced: an
 * accession shows for its joining country alone (Armenia's, in The Hague, is not the
 * Netherlands'). Read off each record's `members` and `place.country`; chronological.
 */
export const MEMBER_EVENTS: Record<string, string[]> = {
  // Moldova: its accession, Tallinn (where it took part), the 2025 cybercrime statement (all 40).
  MD: ["accession-2014-moldova", "conference-2014-tallinn", "statement-2025-un-cybercrime-convention"],
  // Mongolia: a founder at The Hague, its chairship, Tallinn, the Ulaanbaatar conference (which
  // now also tells of the strategic review's working group), the 2025 statement.
  MN: [
    "conference-2011-the-hague",
    "chairship-2014-mongolia",
    "conference-2014-tallinn",
    "conference-2015-ulaanbaatar",
    "statement-2025-un-cybercrime-convention",
  ],
  // The Netherlands: two chairships, the founding conference (member and place), the 2012
  // statement it made, the 2025 statement. Armenia's accession in The Hague lists only Armenia.
  NL: [
    "chairship-2011-netherlands",
    "conference-2011-the-hague",
    "statement-2012-world-press-freedom-day",
    "chairship-2024-netherlands",
    "statement-2025-un-cybercrime-convention",
  ],
  // Estonia: the founding, two chairships, Tallinn, the 2025 statement and the 2025 handover to
  // Switzerland. The statement (January 2025) and the 2025 chairship (January to December) start
  // the same month; the statement ends first.
  EE: [
    "conference-2011-the-hague",
    "chairship-2013-estonia",
    "conference-2014-tallinn",
    "statement-2025-un-cybercrime-convention",
    "chairship-2025-estonia",
    "milestone-2025-chair-handover",
  ],
  // Switzerland: its accession (November 2019), the 2025 statement, the handover, its chairship.
  CH: ["accession-2019-switzerland", "statement-2025-un-cybercrime-convention", "milestone-2025-chair-handover", "chairship-2026-switzerland"],
  // Costa Rica: its accession, chairship, the San José conference (which now also holds its
  // declaration), 2025.
  CR: ["accession-2012-costa-rica", "chairship-2015-costa-rica", "conference-2016-san-jose", "statement-2025-un-cybercrime-convention"],
  // Cape Verde: its accession (2024, by May) and the 2025 statement.
  CV: ["accession-2024-cape-verde", "statement-2025-un-cybercrime-convention"],
};

/** Moldova or Mongolia: the union of the two lists above, 6 events (Tallinn and the 2025
 * statement are in both). */
export const MD_OR_MN = 6;

/**
 * The region Africa: the events that involve Cape Verde, Ghana, Kenya or Tunisia (the dataset's
 * four countries of the region "africa") as members or place: Ghana and Kenya as founders at
 * The Hague; Kenya's chairship and Nairobi (the conference, its terms of reference); Tunisia's
 * chairship, accession (at Nairobi), the working groups (place Tunis) and Tunis; Ghana's 2019
 * statement, chairship and Accra; Cape Verde's accession; the 2025 statement. Kenya's chairship
 * (2012) comes before Tunisia's (2012 to 2013) by its earlier end, and the one-day terms of
 * reference before the two-day conference that starts the same day.
 */
export const REGION_AFRICA = [
  "conference-2011-the-hague",
  "chairship-2012-kenya",
  "chairship-2012-tunisia",
  "milestone-2012-nairobi-terms-of-reference",
  "conference-2012-nairobi",
  "accession-2012-tunisia",
  "milestone-2013-working-groups",
  "conference-2013-tunis",
  "statement-2019-disinformation",
  "chairship-2019-ghana",
  "conference-2020-accra",
  "accession-2024-cape-verde",
  "statement-2025-un-cybercrime-convention",
];

/**
 * Events shown for a span of years: those dated in it, or whose period overlaps it. Counted from
 * each record's `start` and `end` years.
 */
export const YEARS = {
  // 2014–2015: the 7 records starting in 2014 (accession-2014-moldova,
  // milestone-2014-secretariat, chairship-2014-mongolia, accession-2014-lithuania,
  // accession-2014-japan, conference-2014-tallinn, milestone-2014-friends-of-the-chair), the 9
  // starting in 2015 (five accessions, chairship-2015-costa-rica,
  // statement-2015-unesco-internet-study, conference-2015-ulaanbaatar, statement-2015-un-hrc-29),
  // and two of 2013 that run into 2014 (chairship-2013-estonia, to 2014;
  // milestone-2013-working-groups, June 2013 to July 2014): 18.
  "2014-2015": 18,
  // Up to 2012: 2 records of 2011 (chairship-2011-netherlands, conference-2011-the-hague) and 10
  // starting in 2012 (Costa Rica's and Finland's accessions, Kenya's and Tunisia's chairships,
  // the press freedom day statement, Nairobi, its terms of reference, Tunisia's accession,
  // Dubai, Latvia): 12.
  "to 2012": 12,
};

/**
 * Members of the coalition at an event, as the detail gives them: [certain] or [certain,
 * possible]. Worked out from the 40 members' join dates (`joined`, and `joined_by` where a
 * source gives only a window): a member counts as certainly in if its window closed by the
 * event's first possible day, possibly in if its window opened by the event's last possible day;
 * an accession's own member counts as in.
 */
export const MEMBERS_AT: Record<string, number[]> = {
  // Year 2011: on 1 January no member yet; by 31 December the 15 founders (8 December).
  "chairship-2011-netherlands": [0, 15],
  // 7 September 2012: 15 founders + Tunisia itself; Costa Rica and Finland (dated "2012" only)
  // may have joined before.
  "accession-2012-tunisia": [16, 18],
  // 28–29 April 2014: 15 founders + Costa Rica, Finland, Tunisia, Latvia (2012), Georgia,
  // Germany (2013), Moldova (1 January 2014), Japan (25 April 2014) = 23; Lithuania's window
  // (April–December 2014) was open: 24.
  "conference-2014-tallinn": [23, 24],
  // 2016: the 29 in by 2015 + Argentina itself = 30; nobody else joined in 2016.
  "accession-2016-argentina": [30],
  // 1 March 2019 to 1 March 2020: the 30 of 2016; Switzerland (November 2019) and Denmark,
  // Italy, Luxembourg (window from February 2020) may be in by the end: 34.
  "chairship-2019-ghana": [30, 34],
  // February 2020 to November 2021: 31 (with Switzerland) + Denmark itself = 32; Italy and
  // Luxembourg share its window: 34.
  "accession-2020-denmark": [32, 34],
  // 2024 to May 2024: the 37 in by South Korea (29 August 2023) + Cape Verde itself = 38.
  // Slovenia's window opens in September 2024 (39 members still on 23 September) and Armenia
  // joined on 3 December: neither can be in by May.
  "accession-2024-cape-verde": [38],
  // September to 3 December 2024: the 38 with Cape Verde (in by May) + Slovenia itself = 39;
  // Armenia (3 December, the window's last day) may be: 40.
  "accession-2024-slovenia": [39, 40],
  // 3 December 2024: every one of the 40 (Slovenia's window closed that day; Armenia itself).
  "accession-2024-armenia": [40],
};

/** The 15 founding members (8 December 2011, The Hague), who are the roster at the founding. */
export const FOUNDERS = 15;

/** The named members (`members` in the dataset): 40, as the sources name them. */
export const NAMED_MEMBERS = 40;

/**
 * The roster's member codes in each order, in English. By name: the English country names in
 * alphabetical order. By date joined: join date (a year before any date in it), then name:
 * the 15 founders (Austria … United States), then the rest as they joined.
 */
export const ROSTER_EN = {
  byName: [
    "AR", "AM", "AU", "AT", "CA", "CV", "CR", "CZ", "DK", "EE", "FI", "FR", "GE", "DE", "GH", "IS", "IE", "IT", "JP", "KE",
    "LV", "LT", "LU", "MV", "MX", "MD", "MN", "NL", "NZ", "NO", "PL", "SK", "SI", "KR", "ES", "SE", "CH", "TN", "GB", "US",
  ],
  byJoined: [
    "AT", "CA", "CZ", "EE", "FR", "GH", "IE", "KE", "MV", "MX", "MN", "NL", "SE", "GB", "US",
    "CR", "FI", "TN", "LV", "GE", "DE", "MD", "LT", "JP", "AU", "NZ", "NO", "PL", "ES", "AR",
    "CH", "DK", "IT", "LU", "SK", "IS", "KR", "CV", "SI", "AM",
  ],
  // Latest first; members who joined on the same date stay in name order. Slovenia (September
  // 2024) is later than Cape Verde (2024, a year before any date in it).
  byJoinedLatestFirst: [
    "AM", "SI", "CV", "KR", "IS", "SK", "DK", "IT", "LU", "CH",
    "AR", "AU", "NZ", "NO", "PL", "ES", "JP", "LT", "MD", "GE", "DE", "LV", "TN", "CR", "FI",
    "AT", "CA", "CZ", "EE", "FR", "GH", "IE", "KE", "MV", "MX", "MN", "NL", "SE", "GB", "US",
  ],
};

/**
 * The counts that sources reported (`reported_counts`, in the file's order, which is by date),
 * the growth chart's dots, and the alternative counts other sources gave (its lighter dots).
 */
export const REPORTED_COUNTS = [15, 17, 21, 22, 23, 24, 26, 25, 30, 30, 30, 31, 34, 34, 36, 37, 38, 39, 39, 42, 42];
export const ALTERNATIVE_COUNTS = [13, 11, 19, 22];
