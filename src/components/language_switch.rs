//! The language switch: one button per language, named in that language.

use leptos::prelude::*;

use crate::domain::lang::Lang;
use crate::ids::language_button_id;
use crate::state::UiLang;

/// Three toggle buttons ("English", "Монгол", "Română"); the current one is pressed.
#[component]
pub fn LanguageSwitch(
    /// Called with the language the reader picks.
    on_choose: Callback<Lang>,
) -> impl IntoView {
    let ui = UiLang::expect();
    view! {
        <nav class="language-switch" aria-label=ui.text(|s| s.language_switch_label)>
            <ul class="language-switch__list">
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    id=language_button_id(lang)
                                    class="language-switch__button"
                                    lang=lang.code()
                                    aria-pressed=move || (ui.0.get() == lang).to_string()
                                    on:click=move |_| on_choose.run(lang)
                                >
                                    {lang.native_name()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
