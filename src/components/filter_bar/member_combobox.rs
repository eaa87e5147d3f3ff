//! The member filter's ARIA 1.2 combobox: it matches names in all three languages and ISO
//! codes, and chooses a member into the URL state.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::dataset::{Country, Dataset};
use crate::domain::lang::Lang;
use crate::domain::matching::search_countries;
use crate::focus;
use crate::i18n::describe::{country_name, joined_years};
use crate::i18n::strings::{fill, strings};
use crate::ids::{self, member_option_id};
use crate::state::{UiLang, UrlState};

/// The combobox: its label (for assistive technology; the field shows it as its placeholder),
/// input, list of options and hint (shown while the empty field has focus).
#[component]
pub fn MemberCombobox(
    /// The loaded dataset (its members are the options).
    dataset: Arc<Dataset>,
    /// What is typed in the input (Clear filters empties it too).
    query: RwSignal<String>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let expanded = RwSignal::new(false);
    // The option the arrow keys or typing picked, if any: a list opened by a click or a tap
    // picks none, so Enter (a phone keyboard's Go) cannot choose a member nobody picked.
    let highlighted = RwSignal::new(None::<usize>);
    let countries: Vec<Country> = dataset
        .countries
        .iter()
        .filter(|c| dataset.member(&c.code).is_some())
        .cloned()
        .collect();
    // The members matching what was typed, best first (ISO codes), worked out once per keystroke
    // or language: the options and the empty list's text both use them.
    let found = {
        Memo::new(move |_| {
            let lang = ui.get();
            query.with(|q| {
                search_countries(countries.iter(), q, lang)
                    .into_iter()
                    .map(|c| c.code.clone())
                    .collect::<Vec<_>>()
            })
        })
    };
    let options = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            let chosen = view_state.with(|v| v.members.clone());
            let region = view_state.with(|v| v.region);
            let in_region = |code: &String| {
                region.is_none_or(|r| dataset.country(code).is_some_and(|c| c.region == r))
            };
            found.with(|codes| {
                codes
                    .iter()
                    .filter(|code| !chosen.contains(code) && in_region(code))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    // With no option left, members already chosen that match what was typed say so: "No member
    // matches" would read as if they were not members.
    let no_option_text = {
        let dataset = dataset.clone();
        move |lang: Lang| {
            let already = view_state.with(|v| {
                found.with(|codes| {
                    codes
                        .iter()
                        .filter(|code| v.members.contains(code))
                        .map(|code| country_name(&dataset, code, lang))
                        .collect::<Vec<_>>()
                })
            });
            let s = strings(lang);
            if already.is_empty() {
                s.member_filter_no_match.to_string()
            } else {
                fill(
                    s.member_filter_chosen_already,
                    &[("names", &already.join(", "))],
                )
            }
        }
    };
    let highlighted_code = move || {
        highlighted
            .get()
            .and_then(|h| options.with(|o| o.get(h).cloned()))
    };
    // Focus stays in the input, so the list must bring its active option into view itself.
    Effect::new(move |_| {
        if let Some(code) = expanded.get().then(highlighted_code).flatten() {
            focus::keep_option_in_view(&code);
        }
    });

    let choose = move |code: String| {
        view_state.choose_member(code);
        // The list closes on a choice: left open, on a phone it would cover the new chip, the
        // region and Clear, and the next tap would choose another member.
        query.set(String::new());
        highlighted.set(None);
        expanded.set(false);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let count = options.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" => {
                ev.prevent_default();
                if expanded.get_untracked() && count > 0 {
                    highlighted.update(|h| *h = Some(h.map_or(0, |h| (h + 1) % count)));
                } else {
                    expanded.set(true);
                    highlighted.set((count > 0).then_some(0));
                }
            }
            "ArrowUp" => {
                ev.prevent_default();
                expanded.set(true);
                if count > 0 {
                    highlighted
                        .update(|h| *h = Some(h.map_or(count - 1, |h| (h + count - 1) % count)));
                }
            }
            "Enter" => {
                if let Some(code) = expanded.get_untracked().then(highlighted_code).flatten() {
                    ev.prevent_default();
                    choose(code);
                }
            }
            "Escape" => {
                if expanded.get_untracked() {
                    ev.prevent_default();
                    expanded.set(false);
                } else if !query.get_untracked().is_empty() {
                    ev.prevent_default();
                    query.set(String::new());
                }
            }
            "Backspace" if query.get_untracked().is_empty() => {
                view_state.remove_last_member();
            }
            _ => {}
        }
    };

    let options_dataset = dataset.clone();
    view! {
        <div class="filters__field filters__field--members">
            <label for="member-filter-input" class="visually-hidden">{ui.text(|s| s.member_filter_label)}</label>
            <div class="member-filter__combo">
                <input
                    id=ids::MEMBER_FILTER_INPUT
                    class="member-filter__input"
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    spellcheck="false"
                    aria-autocomplete="list"
                    aria-controls=ids::MEMBER_FILTER_LISTBOX
                    placeholder=ui.text(|s| s.member_filter_label)
                    aria-describedby="member-filter-hint"
                    aria-expanded=move || expanded.get().to_string()
                    aria-activedescendant=move || expanded.get().then(highlighted_code).flatten().map(|c| member_option_id(&c))
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        let typed = event_target_value(&ev);
                        // Typing picks the best match, for Enter to choose.
                        highlighted.set((!typed.trim().is_empty()).then_some(0));
                        query.set(typed);
                        expanded.set(true);
                    }
                    on:keydown=on_keydown
                    on:click=move |_| {
                        highlighted.set(None);
                        expanded.update(|e| *e = !*e);
                    }
                    on:blur=move |_| expanded.set(false)
                />
                <ul
                    id=ids::MEMBER_FILTER_LISTBOX
                    class="member-filter__listbox"
                    role="listbox"
                    aria-label=ui.text(|s| s.member_filter_label)
                    hidden=move || !expanded.get()
                >
                    // Options exist only while the list is open (hidden, they would only
                    // cost building and re-rendering on every language change).
                    {move || {
                        if !expanded.get() {
                            return ().into_any();
                        }
                        let lang = ui.get();
                        let codes = options.get();
                        if codes.is_empty() {
                            return view! {
                                <li class="member-filter__empty" role="option" aria-disabled="true" aria-selected="false">
                                    {no_option_text(lang)}
                                </li>
                            }
                                .into_any();
                        }
                        codes
                            .into_iter()
                            .enumerate()
                            .map(|(position, code)| {
                                let name = country_name(&options_dataset, &code, lang);
                                let joined = joined_years(&options_dataset, &code, lang);
                                let chosen = code.clone();
                                let id = member_option_id(&code);
                                view! {
                                    <li
                                        id=id
                                        class="member-filter__option"
                                        class:member-filter__option--active=move || highlighted.get() == Some(position)
                                        role="option"
                                        aria-selected=move || (highlighted.get() == Some(position)).to_string()
                                        on:mousedown=|ev| ev.prevent_default()
                                        on:click=move |_| choose(chosen.clone())
                                    >
                                        <span>{name}" "<span class="member-filter__code">{code}</span></span>
                                        {joined.map(|joined| view! { <span class="member-filter__joined">{joined}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()
                            .into_any()
                    }}
                </ul>
            </div>
            <p id="member-filter-hint" class="filters__hint">{ui.text(|s| s.member_filter_hint)}</p>
        </div>
    }
}
