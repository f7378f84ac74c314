//! Published peak-season delivery extensions, applied to windows asked in their period.
//!
//! Brazil: Correios add two business days to the delivery deadline of their parcel services
//! (SEDEX and PAC) for items posted from Black Friday (the last Friday of November) to 31
//! December, because of the Black Friday and Christmas volume. Announced for 2016 ("serão
//! acrescidos dois dias úteis aos prazos previstos de entrega dos serviços de encomendas dos
//! Correios, no período compreendido entre a última sexta-feira de novembro (25/11/16) e o
//! último dia de dezembro (31/12/16)", Correio Braziliense, blogs.correiobraziliense.com.br/
//! consumidor/encomendas-da-black-friday-terao-acrescimo-de-dois-dias-uteis-na-entrega-
//! comunica-correios) and for 2017 ("acrescidos dois dias úteis ao prazo de entrega padrão
//! dos serviços SEDEX e PAC, no período de 24/11 a 31/12/2017", O Nacional, Passo Fundo,
//! 2017-12-23, onacional.com.br/cidade,2/2017/12/23/alta-demanda-causa-atraso-nas-en,81058).
//! The extension is the carrier's own, not fitted to any history: the window's last day moves
//! two business days later, its first day and median stay (the model's short memory and
//! calibration record say how much of the slowdown has shown up already).

use chrono::{Datelike, NaiveDate, Weekday};

use crate::lane::Lane;

/// Business days Correios add in their peak season.
const BR_PEAK_EXTRA_DAYS: u32 = 2;

/// Black Friday of `year`: the day after the fourth Thursday of November.
fn black_friday(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Thu, 4).and_then(|d| d.succ_opt())
}

/// Extra business days at the end of a window on `lane` that starts (order or hand-off) on
/// `start`, and why; `None` outside a published peak season.
pub(super) fn peak_extension(lane: &Lane, start: NaiveDate) -> Option<(u32, &'static str)> {
    let br = lane
        .destination
        .country
        .as_deref()
        .is_some_and(|c| c.eq_ignore_ascii_case("BR"));
    // Correios, or a Brazilian lane whose carrier is not known (most parcels there are
    // Correios'; other carriers share the same peak volume).
    let carrier_ok = lane
        .carrier
        .as_deref()
        .is_none_or(|c| c.to_ascii_lowercase().contains("correios"));
    if !(br && carrier_ok) {
        return None;
    }
    let from = black_friday(start.year())?;
    (start >= from && start.year() == from.year()).then_some((
        BR_PEAK_EXTRA_DAYS,
        "; +2 business days at the end: Correios' published peak-season extension (Black Friday to 31 December)",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estimate::Place;

    #[test]
    fn brazil_peak_runs_from_black_friday_to_new_year() {
        let br = Lane::new(
            None,
            None,
            Place::new(Some("BR"), Some("SP")),
            Place::new(Some("BR"), Some("RJ")),
        );
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(black_friday(2016), Some(d(2016, 11, 25)));
        assert_eq!(black_friday(2017), Some(d(2017, 11, 24)));
        assert!(peak_extension(&br, d(2017, 11, 23)).is_none());
        assert_eq!(peak_extension(&br, d(2017, 11, 24)).map(|x| x.0), Some(2));
        assert_eq!(peak_extension(&br, d(2017, 12, 31)).map(|x| x.0), Some(2));
        assert!(peak_extension(&br, d(2018, 1, 1)).is_none());
        let ups = Lane::new(
            Some("ups"),
            None,
            Place::new(Some("US"), Some("CA")),
            Place::new(Some("US"), Some("NY")),
        );
        assert!(peak_extension(&ups, d(2017, 12, 1)).is_none());
        let dhl_br = Lane::new(
            Some("dhl"),
            None,
            Place::new(Some("BR"), Some("SP")),
            Place::new(Some("BR"), Some("RJ")),
        );
        assert!(peak_extension(&dhl_br, d(2017, 12, 1)).is_none());
    }
}
