//! Built-in look-alike sentences: why a string with a tracking number's shape was refused
//! (`Reason::LookAlike`), one row per [`LookAlike`] class. Same columns as `templates/` (en,
//! de, fr, es, nl, it, pt-BR, pl, pt-PT); written for this project, each a whole sentence so
//! no language has to inflect a noun phrase into a frame. The words for "tracking number" are
//! those of the health texts' "check the number" actions.

use crate::error::Error;
use crate::tracking_number::{Candidate, LookAlike};

use super::{DEFAULT_LOCALE, MessageCatalog};

/// `(key, [en, de, fr, es, nl, it, pt-BR, pl, pt-PT])`, in the order of [`LookAlike::ALL`].
pub(crate) static LOOK_ALIKE_TEXTS: &[(&str, [&str; 9])] = &[
    (
        "tracking_number.look_alike.order_number",
        [
            "This looks like a marketplace order number, not a tracking number",
            "Das sieht nach der Bestellnummer eines Online-Marktplatzes aus, nicht nach einer Sendungsnummer",
            "Ceci ressemble à un numéro de commande de place de marché, pas à un numéro de suivi",
            "Parece un número de pedido de un marketplace, no un número de seguimiento",
            "Dit lijkt op een bestelnummer van een online marktplaats, niet op een trackingnummer",
            "Sembra un numero d'ordine di un marketplace, non un numero di tracciamento",
            "Parece um número de pedido de marketplace, não um código de rastreamento",
            "To wygląda na numer zamówienia z platformy sprzedażowej, a nie na numer przesyłki",
            "Parece um número de encomenda de um marketplace, não um número de seguimento",
        ],
    ),
    (
        "tracking_number.look_alike.keyboard_run",
        [
            "This looks like a run of repeated or consecutive digits, not a tracking number",
            "Das sieht nach einer Folge wiederholter oder fortlaufender Ziffern aus, nicht nach einer Sendungsnummer",
            "Ceci ressemble à une suite de chiffres répétés ou consécutifs, pas à un numéro de suivi",
            "Parece una serie de dígitos repetidos o consecutivos, no un número de seguimiento",
            "Dit lijkt op een reeks herhaalde of opeenvolgende cijfers, niet op een trackingnummer",
            "Sembra una sequenza di cifre ripetute o consecutive, non un numero di tracciamento",
            "Parece uma sequência de dígitos repetidos ou consecutivos, não um código de rastreamento",
            "To wygląda na ciąg powtarzających się lub kolejnych cyfr, a nie na numer przesyłki",
            "Parece uma sequência de algarismos repetidos ou consecutivos, não um número de seguimento",
        ],
    ),
    (
        "tracking_number.look_alike.product_barcode",
        [
            "This looks like a product barcode (GTIN), not a tracking number",
            "Das sieht nach dem Strichcode eines Produkts (GTIN) aus, nicht nach einer Sendungsnummer",
            "Ceci ressemble au code-barres d'un produit (GTIN), pas à un numéro de suivi",
            "Parece el código de barras de un producto (GTIN), no un número de seguimiento",
            "Dit lijkt op de barcode van een product (GTIN), niet op een trackingnummer",
            "Sembra il codice a barre di un prodotto (GTIN), non un numero di tracciamento",
            "Parece o código de barras de um produto (GTIN), não um código de rastreamento",
            "To wygląda na kod kreskowy produktu (GTIN), a nie na numer przesyłki",
            "Parece o código de barras de um produto (GTIN), não um número de seguimento",
        ],
    ),
    (
        "tracking_number.look_alike.timestamp",
        [
            "This looks like a date and time, not a tracking number",
            "Das sieht nach einem Datum mit Uhrzeit aus, nicht nach einer Sendungsnummer",
            "Ceci ressemble à une date et une heure, pas à un numéro de suivi",
            "Parece una fecha y una hora, no un número de seguimiento",
            "Dit lijkt op een datum en tijd, niet op een trackingnummer",
            "Sembra una data e un'ora, non un numero di tracciamento",
            "Parece uma data e hora, não um código de rastreamento",
            "To wygląda na datę i godzinę, a nie na numer przesyłki",
            "Parece uma data e hora, não um número de seguimento",
        ],
    ),
    (
        "tracking_number.look_alike.padding",
        [
            "This looks like a placeholder of zeros, not a tracking number",
            "Das sieht nach einem Platzhalter aus Nullen aus, nicht nach einer Sendungsnummer",
            "Ceci ressemble à une valeur de remplissage faite de zéros, pas à un numéro de suivi",
            "Parece un relleno de ceros, no un número de seguimiento",
            "Dit lijkt op een opvulling met nullen, niet op een trackingnummer",
            "Sembra un riempitivo di zeri, non un numero di tracciamento",
            "Parece um preenchimento com zeros, não um código de rastreamento",
            "To wygląda na wypełnienie zerami, a nie na numer przesyłki",
            "Parece um preenchimento com zeros, não um número de seguimento",
        ],
    ),
    (
        "tracking_number.look_alike.document_id",
        [
            "This looks like a document or product id, not a tracking number",
            "Das sieht nach einer Beleg- oder Artikelnummer aus, nicht nach einer Sendungsnummer",
            "Ceci ressemble à une référence de document ou de produit, pas à un numéro de suivi",
            "Parece una referencia de documento o de producto, no un número de seguimiento",
            "Dit lijkt op een document- of artikelnummer, niet op een trackingnummer",
            "Sembra un riferimento di documento o di prodotto, non un numero di tracciamento",
            "Parece uma referência de documento ou de produto, não um código de rastreamento",
            "To wygląda na numer dokumentu lub produktu, a nie na numer przesyłki",
            "Parece uma referência de documento ou de produto, não um número de seguimento",
        ],
    ),
];

/// The common start of the look-alike keys (`LookAlike::message_key`).
pub(super) const KEY_PREFIX: &str = "tracking_number.look_alike.";

impl MessageCatalog {
    /// The sentence that says what a refused look-alike is, in `locale` (`This looks like a
    /// date and time, not a tracking number`); merchants can override the
    /// `tracking_number.look_alike.*` keys like any other text.
    pub fn look_alike(&self, class: LookAlike, locale: &str) -> String {
        let chain = super::fallback_chain(&self.resolve_locale(locale));
        self.text(&chain, class.message_key(), &[])
    }
}

impl MessageCatalog {
    /// `err` with the words a person reads in `locale`: an `invalid_tracking_number` refused
    /// as a look-alike gets the catalogue's sentence for its class as its `reason` (the
    /// class code stays in `look_alike`); every other error is returned as it is. The facade
    /// and every binding's `validate` apply it, so they all say the same thing.
    pub fn localize_error(&self, err: Error, locale: &str) -> Error {
        match err {
            Error::InvalidTrackingNumber {
                number,
                carrier,
                reason,
                look_alike,
            } => Error::InvalidTrackingNumber {
                number,
                carrier,
                reason: match look_alike {
                    Some(class) => self.look_alike(class, locale),
                    None => reason,
                },
                look_alike,
            },
            other => other,
        }
    }
}

impl MessageCatalog {
    /// [`crate::tracking_number::validate`] with the words a person reads in `locale`
    /// ([`MessageCatalog::localize_error`]); `None` is [`DEFAULT_LOCALE`]. The one place that
    /// decides the locale of `validate`: the facade and every binding call it and only
    /// convert their arguments.
    ///
    /// # Errors
    /// As [`crate::tracking_number::validate`]: [`Error::UnknownCarrier`],
    /// [`Error::InvalidTrackingNumber`] (a look-alike's `reason` in `locale`).
    pub fn validate_number(
        &self,
        number: &str,
        carrier: &str,
        locale: Option<&str>,
    ) -> Result<Candidate, Error> {
        crate::tracking_number::validate(number, carrier)
            .map_err(|e| self.localize_error(e, locale.unwrap_or(DEFAULT_LOCALE)))
    }
}

/// The look-alike sentence with the built-in texts (see [`MessageCatalog::look_alike`]).
pub fn look_alike_text(class: LookAlike, locale: &str) -> String {
    MessageCatalog::new().look_alike(class, locale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::{BUILTIN, keys};

    #[test]
    fn every_class_has_a_sentence_in_every_language() {
        assert_eq!(LOOK_ALIKE_TEXTS.len(), LookAlike::ALL.len());
        for (class, (key, row)) in LookAlike::ALL.iter().zip(LOOK_ALIKE_TEXTS) {
            assert_eq!(class.message_key(), *key);
            assert!(keys().any(|k| k == *key), "{key} not in the catalogue");
            for (i, text) in row.iter().enumerate() {
                assert!(!text.is_empty() && !text.contains('{'), "{key}[{i}]");
            }
            // A translation, not the English text copied into another column.
            assert!(row[1..].iter().all(|t| t != &row[0]), "{key}");
            // BUILTIN lists the languages in column order.
            for (tag, text) in BUILTIN.iter().zip(row) {
                assert_eq!(look_alike_text(*class, tag), *text, "{key} {tag}");
            }
        }
    }

    #[test]
    fn validate_number_decides_the_default_locale_and_keeps_the_typed_class() {
        // A placeholder of zeros is refused for Nova Poshta (docs/tracking-numbers.md,
        // "Look-alikes and confidence").
        let mut cat = MessageCatalog::new();
        let refused = |cat: &MessageCatalog, locale| match cat.validate_number(
            "20000000000001",
            "nova_poshta",
            locale,
        ) {
            Err(Error::InvalidTrackingNumber {
                reason, look_alike, ..
            }) => (reason, look_alike),
            other => panic!("{other:?}"),
        };
        let (en, class) = refused(&cat, None);
        assert_eq!(class, Some(LookAlike::Padding));
        assert_eq!(en, look_alike_text(LookAlike::Padding, DEFAULT_LOCALE));
        assert_eq!(refused(&cat, Some(DEFAULT_LOCALE)).0, en);
        let (de, class) = refused(&cat, Some("de-AT"));
        assert_eq!(class, Some(LookAlike::Padding));
        assert_eq!(de, look_alike_text(LookAlike::Padding, "de"));
        assert_ne!(de, en);
        // The sentence is the catalogue's, overrides included, found from the typed class.
        cat.override_template("en", LookAlike::Padding.message_key(), "Zeros only")
            .unwrap();
        assert_eq!(refused(&cat, None).0, "Zeros only");
        // Any other reason keeps its English log line and has no class.
        match cat.validate_number("1Z999AA10123456785", "ups", Some("de")) {
            Err(Error::InvalidTrackingNumber {
                reason, look_alike, ..
            }) => {
                assert_eq!(look_alike, None);
                assert!(reason.contains("check digit"), "{reason}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            cat.validate_number("1Z999AA10123456784", "ups", None)
                .map(|c| c.carrier),
            Ok("ups")
        );
        assert!(matches!(
            cat.validate_number("1Z999AA10123456784", "no_such_carrier", None),
            Err(Error::UnknownCarrier { .. })
        ));
    }

    #[test]
    fn falls_back_and_takes_overrides() {
        // de-AT falls back to German, an unknown language to English.
        assert!(look_alike_text(LookAlike::Timestamp, "de-AT").contains("Datum"));
        assert!(look_alike_text(LookAlike::Timestamp, "sv").starts_with("This looks like a date"));
        let mut cat = MessageCatalog::new();
        // Rendered without a shipment: a placeholder would stay empty, so it is refused.
        let refused = cat.override_template(
            "en",
            LookAlike::Padding.message_key(),
            "Zeros only: {tracking_number}",
        );
        assert!(refused.is_err(), "{refused:?}");
        cat.override_template("en", LookAlike::Padding.message_key(), "Zeros only")
            .unwrap();
        assert_eq!(cat.look_alike(LookAlike::Padding, "en-GB"), "Zeros only");
        assert!(
            LookAlike::ALL
                .iter()
                .all(|c| c.message_key().starts_with(KEY_PREFIX))
        );
    }
}
