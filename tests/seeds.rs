//! Every fact in the two seed documents the product grew from (the Mongolian foreign ministry's
//! page, SEED-MN, and the Moldovan one, SEED-MD, in ../shared/seeds/) is in the shipped dataset;
//! where a seed disagrees with the coalition's own figures, the dataset records it.

use std::collections::BTreeSet;

use foc_timeline::domain::dataset::{Dataset, Event, EventKind};
use foc_timeline::domain::validate::decode_dataset;

const SHIPPED: &str = include_str!("../public/data/foc.json");

/// Where the dataset cites each seed (the about section's sources).
const SEED_MN: &str = "https://www.mfa.gov.mn/";
const SEED_MD: &str =
    "https://eguvernare.blogspot.com/2014/01/coalitia-privind-libertatea-in-spatiul.html";

fn shipped() -> Dataset {
    decode_dataset(SHIPPED)
        .expect("shipped dataset decodes")
        .dataset
}

fn event<'a>(data: &'a Dataset, id: &str) -> &'a Event {
    data.event(id).unwrap_or_else(|| panic!("no event {id}"))
}

/// The dates of an event as `start..end` in ISO form.
fn dates(event: &Event) -> String {
    let end = event.end.map(|end| end.iso()).unwrap_or_default();
    format!("{}..{end}", event.start.iso())
}

fn country(event: &Event) -> Option<&str> {
    event.place.as_ref()?.country.as_deref()
}

/// Whether any of the event's discrepancy notes (in English) says all of `words`.
fn noted(event: &Event, words: &[&str]) -> bool {
    event
        .discrepancies
        .iter()
        .any(|d| words.iter().all(|word| d.note.en.contains(word)))
}

/// The members whose join date, as precisely as it is known, falls on or before `iso` (a full
/// date; a year or a month compares as its first day).
fn members_by(data: &Dataset, iso: &str) -> BTreeSet<String> {
    data.members
        .iter()
        .filter(|m| m.joined.iso().as_str() <= iso)
        .map(|m| m.country.clone())
        .collect()
}

fn codes(list: &str) -> BTreeSet<String> {
    list.split_whitespace().map(str::to_string).collect()
}

#[test]
fn the_seeds_are_cited() {
    let data = shipped();
    for seed in [SEED_MN, SEED_MD] {
        assert!(data.about.sources.iter().any(|s| s == seed), "{seed}");
    }
}

#[test]
fn founding_at_the_hague_with_fifteen_members() {
    // SEED-MN: established at the inaugural conference in The Hague, 8–9 December 2011, with 15
    // initial members; SEED-MD: created in 2011 on the initiative of the Netherlands.
    let data = shipped();
    let hague = event(&data, "conference-2011-the-hague");
    assert_eq!(dates(hague), "2011-12-08..2011-12-09");
    assert_eq!(country(hague), Some("NL"));
    assert_eq!(data.members.iter().filter(|m| m.founder).count(), 15);
    let founding = &data.reported_counts[0];
    assert_eq!(
        (founding.date.iso().as_str(), founding.count),
        ("2011-12", 15)
    );
    assert!(data
        .about
        .summary
        .en
        .contains("on the initiative of the Netherlands"));
}

#[test]
fn purpose_commitments_and_areas_of_action() {
    let data = shipped();
    let summary = &data.about.summary.en;
    for phrase in [
        // SEED-MN
        "committed to advancing internet freedom",
        "free expression, association, assembly and privacy online",
        "work together diplomatically to voice concern",
        "support those whose human rights online are curtailed",
        "OSCE, the UN Human Rights Council, the Internet Governance Forum and the Stockholm Internet Forum",
        "deepen discussion of how freedom of expression on the internet helps to promote social, cultural and economic development",
        // SEED-MD
        "global dialogue on the responsibility of governments to actively promote internet freedom",
        "political platform where member states coordinate their positions on human rights",
        "freedom of religion or belief",
        "protection by law against arbitrary interference with privacy",
    ] {
        assert!(summary.contains(phrase), "the summary lacks “{phrase}”");
    }
    // SEED-MD's three areas of action.
    let areas: Vec<&str> = data
        .about
        .areas_of_action
        .iter()
        .map(|a| a.title.en.as_str())
        .collect();
    assert_eq!(
        areas,
        [
            "Diplomatic coordination",
            "Support for civil society",
            "Engagement with the private sector"
        ]
    );
    assert!(data.about.areas_of_action[1]
        .description
        .en
        .contains("Digital Defenders Partnership"));
}

#[test]
fn membership_as_each_seed_lists_it() {
    let data = shipped();
    // SEED-MD, January 2014: 22 members, named.
    let january_2014 = codes("AT CA CR CZ FI FR EE GE DE GH IE KE LV MV MX MD MN NL SE TN GB US");
    assert_eq!(january_2014.len(), 22);
    assert_eq!(members_by(&data, "2014-01-01"), january_2014);
    assert!(data
        .reported_counts
        .iter()
        .any(|c| c.date.iso() == "2014-01" && c.count == 22));
    // SEED-MN, before the 2015 conference: 24 members, named; grown from 15.
    let early_2015 =
        codes("AT CA CR CZ EE FI FR GE DE GH IE JP KE LV LT MV MX MD MN NL SE TN GB US");
    assert_eq!(early_2015.len(), 24);
    assert_eq!(members_by(&data, "2014-12-31"), early_2015);
    assert!(data.reported_counts.iter().any(|c| c.count == 24));
    // SEED-MD: Moldova a member since 1 January 2014.
    assert_eq!(data.member("MD").unwrap().joined.iso(), "2014-01-01");
}

#[test]
fn the_five_conferences_the_seeds_describe() {
    let data = shipped();

    // Nairobi, September 2012, hosted by Kenya, over 450 participants.
    let nairobi = event(&data, "conference-2012-nairobi");
    assert!(nairobi.start.iso().starts_with("2012-09"));
    assert_eq!(country(nairobi), Some("KE"));
    assert!(nairobi.participants.as_ref().unwrap().count >= 450);
    assert!(noted(nairobi, &["over 450"]));

    // Tunis, 16–18 June 2013 (the FOC says 17–18), three themes, over 500 participants.
    let tunis = event(&data, "conference-2013-tunis");
    assert_eq!(dates(tunis), "2013-06-17..2013-06-18");
    assert_eq!(country(tunis), Some("TN"));
    assert!(noted(tunis, &["16–18 June", "Mongolian foreign ministry"]));
    assert!(noted(tunis, &["over 500"]));
    let theme = &tunis.theme.as_ref().unwrap().en;
    for part in [
        "Towards an internet free and secure",
        "Digital development and openness",
        "Supporting privacy and transparency online",
    ] {
        assert!(theme.contains(part), "{part}");
    }

    // Tallinn, 28–29 April 2014, hosted by Estonia: working groups, regular communication.
    let tallinn = event(&data, "conference-2014-tallinn");
    assert_eq!(dates(tallinn), "2014-04-28..2014-04-29");
    assert_eq!(country(tallinn), Some("EE"));
    assert_eq!(
        tallinn.theme.as_ref().unwrap().en,
        "Free and Secure Internet for All"
    );
    assert!(tallinn.summary.en.contains("working groups"));
    assert!(tallinn.summary.en.contains("regular communication"));

    // Ulaanbaatar, 4–5 May 2015, hosted by Mongolia, with the seed's wording of the theme.
    let ulaanbaatar = event(&data, "conference-2015-ulaanbaatar");
    assert_eq!(dates(ulaanbaatar), "2015-05-04..2015-05-05");
    assert_eq!(country(ulaanbaatar), Some("MN"));
    assert!(noted(
        ulaanbaatar,
        &["Internet Policy Making: Best Practice for Promoting Online Freedom"]
    ));
    assert!(ulaanbaatar.summary.en.contains("Asia-Pacific"));
}

#[test]
fn joint_action_at_dubai_and_vienna() {
    // SEED-MN: coordination at the ITU WCIT in Dubai, December 2012, and a joint statement at
    // the OSCE Internet Freedom conference in Vienna, February 2013.
    let data = shipped();
    let dubai = event(&data, "statement-2012-itu-wcit-dubai");
    assert_eq!(dubai.start.iso(), "2012-12");
    let vienna = event(&data, "statement-2013-osce-vienna");
    assert_eq!(
        (vienna.start.iso().as_str(), country(vienna)),
        ("2013-02", Some("AT"))
    );
    assert!([dubai, vienna]
        .iter()
        .all(|e| e.kind == EventKind::Statement));
}
