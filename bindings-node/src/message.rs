//! `MessageCatalog`: customer messages in several locales, with the merchant's template
//! overrides (mirrors core `message`).

use napi::{Env, Unknown};
use napi_derive::napi;
use serde_json::Value;
use tracking_core::message::{self, MessageCatalog as CoreCatalog, TemplateOverride};

use crate::convert::{from_js_opt, to_json};
use crate::error::guard;
use crate::timeline::Snapshot;

/// The message catalogue: built-in texts in every supported locale, plus overrides.
#[napi]
#[derive(Clone)]
pub struct MessageCatalog {
    pub(crate) inner: CoreCatalog,
}

#[napi]
impl MessageCatalog {
    /// The built-in catalogue, plus `overrides` (`[{locale, key, template}]`). Throws
    /// `INVALID_INPUT` for a template with a placeholder its key does not offer.
    #[napi(constructor)]
    pub fn new(
        env: &Env,
        #[napi(ts_arg_type = "TemplateOverride[] | null")] overrides: Option<Unknown<'_>>,
    ) -> napi::Result<Self> {
        guard(env, || {
            let list: Option<Vec<TemplateOverride>> = from_js_opt(overrides)?;
            Ok(MessageCatalog {
                inner: CoreCatalog::try_from(list.unwrap_or_default())?,
            })
        })
    }

    /// Replaces the text of `key` in `locale` (placeholders like `{carrier}`, `{date}`).
    #[napi(js_name = "override")]
    pub fn override_template(
        &mut self,
        env: &Env,
        locale: String,
        key: String,
        template: String,
    ) -> napi::Result<()> {
        guard(env, || {
            Ok(self.inner.override_template(&locale, &key, &template)?)
        })
    }

    /// The message for a snapshot in `locale` (BCP 47, with fallback to `en`).
    #[napi(ts_return_type = "Message")]
    pub fn render(&self, env: &Env, snapshot: &Snapshot, locale: String) -> napi::Result<Value> {
        guard(env, || {
            to_json(&self.inner.render(&snapshot.inner, &locale))
        })
    }

    /// The stepper of a snapshot in `locale`: six labelled steps (`done`, `current`,
    /// `upcoming`), the current one showing its side state (`ready_for_pickup`, `issue`...).
    #[napi(ts_return_type = "Step[]")]
    pub fn stepper(&self, env: &Env, snapshot: &Snapshot, locale: String) -> napi::Result<Value> {
        guard(env, || {
            to_json(&self.inner.stepper(&snapshot.inner, &locale))
        })
    }

    /// The locale `tag` resolves to (`"pt-BR"` -> `"pt"` when only `pt` exists).
    #[napi]
    pub fn resolve_locale(&self, tag: String) -> String {
        self.inner.resolve_locale(&tag)
    }

    /// The overrides, as given (`JSON.stringify(catalog)` saves them).
    #[napi(js_name = "toJSON", ts_return_type = "TemplateOverride[]")]
    pub fn to_json(&self, env: &Env) -> napi::Result<Value> {
        guard(env, || to_json(&self.inner))
    }

    /// Every message key.
    #[napi]
    pub fn keys() -> Vec<&'static str> {
        message::keys().collect()
    }

    /// The placeholders a key's template may use. Throws `INVALID_INPUT` for an unknown key.
    #[napi]
    pub fn placeholders(env: &Env, key: String) -> napi::Result<Vec<String>> {
        guard(env, || Ok(message::placeholders(&key)?))
    }
}

/// The stepper of a snapshot with the built-in labels (see `MessageCatalog.stepper`).
#[napi(ts_return_type = "Step[]")]
pub fn stepper(env: &Env, snapshot: &Snapshot, locale: String) -> napi::Result<Value> {
    guard(env, || to_json(&message::stepper(&snapshot.inner, &locale)))
}

/// Every carrier the library knows: slug, name, aliases, countries, whether it has a code
/// table and tracking-number formats, and its tracking-URL template.
#[napi(ts_return_type = "CarrierInfo[]")]
pub fn carriers(env: &Env) -> napi::Result<Value> {
    guard(env, || to_json(&tracking_core::registry::carriers()))
}
