//! The chosen members as chips, each with a button that removes it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::dataset::Dataset;
use crate::focus;
use crate::i18n::describe::country_name;
use crate::i18n::strings::fill;
use crate::ids::chip_remove_id;
use crate::state::{UiLang, UrlState};

/// One chip per chosen member, in the order chosen.
#[component]
pub fn MemberChips(
    /// The loaded dataset (for the members' names).
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    view! {
        <ul class="chips" aria-label=ui.text(|s| s.member_filter_chosen)>
            {move || {
                let lang = ui.get();
                view_state
                    .with(|v| v.members.clone())
                    .into_iter()
                    .map(|code| {
                        let name = country_name(&dataset, &code, lang);
                        let label = fill(ui.strings().remove_member, &[("name", &name)]);
                        let button_id = chip_remove_id(&code);
                        let remove_chip = move |_| {
                            let position = view_state.with_untracked(|v| v.members.iter().position(|m| *m == code));
                            view_state.remove_member(&code);
                            if let Some(position) = position {
                                focus::after_chip_removed(view_state, position);
                            }
                        };
                        view! {
                            <li class="chips__chip">
                                <span>{name}</span>
                                <button type="button" id=button_id class="chips__remove" aria-label=label on:click=remove_chip>
                                    <span aria-hidden="true">"×"</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
