//! Holiday rules of the Americas: US, CA, MX, BR.

use chrono::Weekday::{Mon, Thu};

use super::HolidayKind::{DayOff, Regional};
use super::rules::{Year, weekday_on_or_before};

/// United States, federal holidays. Source: 5 U.S.C. § 6103(a) (list, Juneteenth added by
/// Pub. L. 117-17 in 2021); observed days: 5 U.S.C. § 6103(b) and Executive Order 11582
/// (Saturday holiday observed Friday, Sunday holiday observed Monday). State holidays are not
/// modelled: a US region only selects the zone.
pub(super) fn us(y: &mut Year<'_>) {
    y.fixed(1, 1, "New Year's Day");
    if y.year >= 1986 {
        y.nth(1, Mon, 3, "Birthday of Martin Luther King, Jr.");
    }
    y.nth(2, Mon, 3, "Washington's Birthday");
    y.nth(5, Mon, -1, "Memorial Day");
    if y.year >= 2021 {
        y.fixed(6, 19, "Juneteenth National Independence Day");
    }
    y.fixed(7, 4, "Independence Day");
    y.nth(9, Mon, 1, "Labor Day");
    y.nth(10, Mon, 2, "Columbus Day");
    y.fixed(11, 11, "Veterans Day");
    y.nth(11, Thu, 4, "Thanksgiving Day");
    y.fixed(12, 25, "Christmas Day");
    y.observe_fri_mon(&[
        "New Year's Day",
        "Juneteenth National Independence Day",
        "Independence Day",
        "Veterans Day",
        "Christmas Day",
    ]);
}

/// The US holidays on which the big private parcel carriers (UPS, FedEx) do not pick up or
/// deliver; they work the other federal holidays. Source: UPS and FedEx published holiday
/// service schedules (New Year, Memorial Day, Independence Day, Labor Day, Thanksgiving,
/// Christmas).
pub(super) const US_PRIVATE_CARRIER_HOLIDAYS: &[&str] = &[
    "New Year's Day",
    "Memorial Day",
    "Independence Day",
    "Labor Day",
    "Thanksgiving Day",
    "Christmas Day",
];

/// Canada. Source: Canada Labour Code (R.S.C. 1985, c. L-2) s. 166 "general holiday" (incl.
/// National Day for Truth and Reconciliation since 2021, S.C. 2021, c. 11); Holidays Act
/// (R.S.C. 1985, c. H-5): Victoria Day is the Monday before 25 May, Canada Day on a Sunday is
/// kept on 2 July; weekend holidays move to the next working day as in the federal public
/// service (Treasury Board, "Designated paid holidays"). Provincial days: each province's
/// Employment Standards Act (Family Day AB/BC/ON/SK/NB, Louis Riel Day MB, Heritage Day NS,
/// Islander Day PE, Fête nationale QC, civic holidays).
pub(super) fn ca(y: &mut Year<'_>) {
    let yr = y.year;
    y.fixed(1, 1, "New Year's Day");
    y.easter(-2, "Good Friday");
    y.add(
        y.ymd(5, 24).map(|d| weekday_on_or_before(d, Mon)),
        "Victoria Day",
        super::HolidayKind::Public,
    );
    y.fixed(7, 1, "Canada Day");
    y.nth(9, Mon, 1, "Labour Day");
    if yr >= 2021 {
        y.fixed(9, 30, "National Day for Truth and Reconciliation");
    }
    y.nth(10, Mon, 2, "Thanksgiving Day");
    y.fixed(11, 11, "Remembrance Day");
    y.fixed(12, 25, "Christmas Day");
    y.fixed(12, 26, "Boxing Day");
    // Third Monday of February under several provincial names.
    let feb3 = super::rules::nth_weekday(yr, 2, Mon, 3);
    let family = (y.in_region(&["AB"]) && yr >= 1990)
        || (y.in_region(&["ON"]) && yr >= 2008)
        || (y.in_region(&["SK"]) && yr >= 2007)
        || (y.in_region(&["NB"]) && yr >= 2018)
        || (y.in_region(&["BC"]) && yr >= 2019);
    if family {
        y.add(feb3, "Family Day", Regional);
    }
    if y.in_region(&["BC"]) && (2013..2019).contains(&yr) {
        y.add(
            super::rules::nth_weekday(yr, 2, Mon, 2),
            "Family Day",
            Regional,
        );
    }
    if y.in_region(&["MB"]) && yr >= 2008 {
        y.add(feb3, "Louis Riel Day", Regional);
    }
    if y.in_region(&["NS"]) && yr >= 2015 {
        y.add(feb3, "Heritage Day", Regional);
    }
    if y.in_region(&["PE"]) && yr >= 2009 {
        y.add(feb3, "Islander Day", Regional);
    }
    y.regional_fixed(&["QC"], 6, 24, "Fête nationale du Québec");
    if yr == 2022 {
        let r = &["BC", "PE", "NS", "NL"];
        y.regional_fixed(r, 9, 19, "Funeral of Queen Elizabeth II");
    }
    if y.in_region(&["BC", "NB", "SK", "NT", "NU"]) {
        y.add(
            super::rules::nth_weekday(yr, 8, Mon, 1),
            "Civic Holiday",
            Regional,
        );
    }
    y.substitute_next(
        &[
            "New Year's Day",
            "Canada Day",
            "National Day for Truth and Reconciliation",
            "Remembrance Day",
            "Christmas Day",
            "Boxing Day",
            "Fête nationale du Québec",
        ],
        false,
    );
}

/// Mexico. Source: Ley Federal del Trabajo, art. 74 (reformed 2006): 1 Jan; first Monday of
/// February; third Monday of March; 1 May; 16 Sep; third Monday of November; 1 Oct every six
/// years when the federal executive changes (1 Dec until 2018, constitutional reform of 2014
/// moved it to 1 Oct from 2024); 25 Dec. No observed shifts.
pub(super) fn mx(y: &mut Year<'_>) {
    y.fixed(1, 1, "Año Nuevo");
    y.nth(2, Mon, 1, "Día de la Constitución");
    y.nth(3, Mon, 3, "Natalicio de Benito Juárez");
    y.fixed(5, 1, "Día del Trabajo");
    y.fixed(9, 16, "Día de la Independencia");
    y.nth(11, Mon, 3, "Día de la Revolución");
    if y.year >= 2024 && (y.year - 2024) % 6 == 0 {
        y.fixed(10, 1, "Transmisión del Poder Ejecutivo Federal");
    } else if y.year <= 2018 && (2018 - y.year) % 6 == 0 {
        y.fixed(12, 1, "Transmisión del Poder Ejecutivo Federal");
    }
    y.fixed(12, 25, "Navidad");
}

/// Brazil. Source: Lei 662/1949 as amended by Lei 10.607/2002 (national civil holidays), Lei
/// 6.802/1980 (12 Oct), Lei 14.759/2023 (20 Nov national from 2024), Lei 9.093/1995 (Good
/// Friday, religious holiday kept everywhere). State days: each state's law (SP Lei 9.497/1997,
/// RJ Lei 5.198/2008 and 4.007/2002, RS Lei 4.850/1964, BA Constituição Estadual art. 6, ...).
///
/// Decision: Carnival Monday and Tuesday and Corpus Christi are not holidays under federal law
/// but *ponto facultativo* (federal offices optional). Banks close (FEBRABAN calendar) and
/// most logistics stop, so they are listed as [`super::HolidayKind::DayOff`] and close the
/// business day; remove them with a custom calendar if a carrier works them.
pub(super) fn br(y: &mut Year<'_>) {
    y.fixed(1, 1, "Confraternização Universal");
    y.add(easter_off(y, -48), "Carnaval (segunda-feira)", DayOff);
    y.add(easter_off(y, -47), "Carnaval (terça-feira)", DayOff);
    y.easter(-2, "Sexta-feira da Paixão");
    y.fixed(4, 21, "Tiradentes");
    y.fixed(5, 1, "Dia do Trabalho");
    y.add(easter_off(y, 60), "Corpus Christi", DayOff);
    y.fixed(9, 7, "Independência do Brasil");
    y.fixed(10, 12, "Nossa Senhora Aparecida");
    y.fixed(11, 2, "Finados");
    y.fixed(11, 15, "Proclamação da República");
    if y.year >= 2024 {
        y.fixed(11, 20, "Dia Nacional de Zumbi e da Consciência Negra");
    } else {
        y.regional_fixed(
            &["RJ", "AL", "AM", "AP", "MT"],
            11,
            20,
            "Dia da Consciência Negra",
        );
    }
    y.fixed(12, 25, "Natal");
    y.regional_fixed(&["SP"], 7, 9, "Revolução Constitucionalista");
    y.regional_fixed(&["RJ"], 4, 23, "Dia de São Jorge");
    y.regional_fixed(&["RS"], 9, 20, "Revolução Farroupilha");
    y.regional_fixed(&["BA"], 7, 2, "Independência da Bahia");
    y.regional_fixed(&["DF"], 11, 30, "Dia do Evangélico");
    y.regional_fixed(
        &["AM"],
        9,
        5,
        "Elevação do Amazonas à categoria de província",
    );
    y.regional_fixed(&["CE"], 3, 25, "Data Magna do Ceará");
    y.regional_fixed(&["PA"], 8, 15, "Adesão do Grão-Pará à independência");
    y.regional_fixed(&["PR"], 12, 19, "Emancipação Política do Paraná");
    y.regional_fixed(&["MA"], 7, 28, "Adesão do Maranhão à independência");
}

fn easter_off(y: &Year<'_>, days: i64) -> Option<chrono::NaiveDate> {
    super::rules::easter(y.year).and_then(|e| crate::time::add_days(e, days))
}
