//! Countries with a business calendar, their regions and time zones.
//!
//! Zones are IANA names (chrono-tz): the region's zone when the region is known, else the
//! zone of the country's largest business centre.

use std::fmt;
use std::ops::RangeInclusive;

use chrono_tz::Tz;
use serde::{Serialize, Serializer};

use crate::{Error, Result};

/// A country with a business calendar (ISO 3166-1 alpha-2 names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Country {
    /// United States.
    US,
    /// Canada.
    CA,
    /// Mexico.
    MX,
    /// Brazil.
    BR,
    /// United Kingdom.
    GB,
    /// Ireland.
    IE,
    /// Germany.
    DE,
    /// France.
    FR,
    /// Netherlands.
    NL,
    /// Belgium.
    BE,
    /// Spain.
    ES,
    /// Italy.
    IT,
    /// Poland.
    PL,
    /// Austria.
    AT,
    /// Switzerland.
    CH,
    /// Sweden.
    SE,
    /// Denmark.
    DK,
    /// Australia.
    AU,
    /// New Zealand.
    NZ,
    /// Japan.
    JP,
    /// China (mainland).
    CN,
    /// India.
    IN,
    /// Singapore.
    SG,
}

/// A region: code, zone. `regional_rules` in [`Country::info`] says whether unknown codes are
/// errors (the country has regional holidays) or ignored (national holidays only).
type Region = (&'static str, Tz);

struct Info {
    tz: Tz,
    regions: &'static [Region],
    regional_rules: bool,
}

use chrono_tz::America as Am;
use chrono_tz::Australia as Aus;

const GB_REGIONS: &[Region] = &[
    ("ENG", Tz::Europe__London),
    ("WLS", Tz::Europe__London),
    ("SCT", Tz::Europe__London),
    ("NIR", Tz::Europe__London),
];

const DE_REGIONS: &[Region] = &[
    ("BW", Tz::Europe__Berlin),
    ("BY", Tz::Europe__Berlin),
    ("BE", Tz::Europe__Berlin),
    ("BB", Tz::Europe__Berlin),
    ("HB", Tz::Europe__Berlin),
    ("HH", Tz::Europe__Berlin),
    ("HE", Tz::Europe__Berlin),
    ("MV", Tz::Europe__Berlin),
    ("NI", Tz::Europe__Berlin),
    ("NW", Tz::Europe__Berlin),
    ("RP", Tz::Europe__Berlin),
    ("SL", Tz::Europe__Berlin),
    ("SN", Tz::Europe__Berlin),
    ("ST", Tz::Europe__Berlin),
    ("SH", Tz::Europe__Berlin),
    ("TH", Tz::Europe__Berlin),
];

const BR_REGIONS: &[Region] = &[
    ("AC", Am::Rio_Branco),
    ("AL", Am::Maceio),
    ("AP", Am::Belem),
    ("AM", Am::Manaus),
    ("BA", Am::Bahia),
    ("CE", Am::Fortaleza),
    ("DF", Am::Sao_Paulo),
    ("ES", Am::Sao_Paulo),
    ("GO", Am::Sao_Paulo),
    ("MA", Am::Fortaleza),
    ("MT", Am::Cuiaba),
    ("MS", Am::Campo_Grande),
    ("MG", Am::Sao_Paulo),
    ("PA", Am::Belem),
    ("PB", Am::Fortaleza),
    ("PR", Am::Sao_Paulo),
    ("PE", Am::Recife),
    ("PI", Am::Fortaleza),
    ("RJ", Am::Sao_Paulo),
    ("RN", Am::Fortaleza),
    ("RS", Am::Sao_Paulo),
    ("RO", Am::Porto_Velho),
    ("RR", Am::Boa_Vista),
    ("SC", Am::Sao_Paulo),
    ("SP", Am::Sao_Paulo),
    ("SE", Am::Maceio),
    ("TO", Am::Araguaina),
];

const CA_REGIONS: &[Region] = &[
    ("AB", Am::Edmonton),
    ("BC", Am::Vancouver),
    ("MB", Am::Winnipeg),
    ("NB", Am::Moncton),
    ("NL", Am::St_Johns),
    ("NS", Am::Halifax),
    ("NT", Am::Yellowknife),
    ("NU", Am::Iqaluit),
    ("ON", Am::Toronto),
    ("PE", Am::Halifax),
    ("QC", Am::Toronto),
    ("SK", Am::Regina),
    ("YT", Am::Whitehorse),
];

const AU_REGIONS: &[Region] = &[
    ("ACT", Aus::Sydney),
    ("NSW", Aus::Sydney),
    ("NT", Aus::Darwin),
    ("QLD", Aus::Brisbane),
    ("SA", Aus::Adelaide),
    ("TAS", Aus::Hobart),
    ("VIC", Aus::Melbourne),
    ("WA", Aus::Perth),
];

/// US states only pick a zone (state holidays are not modelled).
const US_REGIONS: &[Region] = &[
    ("AK", Am::Anchorage),
    ("AZ", Am::Phoenix),
    ("CA", Am::Los_Angeles),
    ("CO", Am::Denver),
    ("HI", Tz::Pacific__Honolulu),
    ("IA", Am::Chicago),
    ("ID", Am::Boise),
    ("IL", Am::Chicago),
    ("KS", Am::Chicago),
    ("LA", Am::Chicago),
    ("MN", Am::Chicago),
    ("MO", Am::Chicago),
    ("MT", Am::Denver),
    ("NE", Am::Chicago),
    ("NM", Am::Denver),
    ("NV", Am::Los_Angeles),
    ("OK", Am::Chicago),
    ("OR", Am::Los_Angeles),
    ("TX", Am::Chicago),
    ("UT", Am::Denver),
    ("WA", Am::Los_Angeles),
    ("WI", Am::Chicago),
    ("WY", Am::Denver),
];

impl Country {
    /// Every country with a calendar.
    pub const ALL: [Country; 23] = {
        use Country::*;
        [
            US, CA, MX, BR, GB, IE, DE, FR, NL, BE, ES, IT, PL, AT, CH, SE, DK, AU, NZ, JP, CN, IN,
            SG,
        ]
    };

    /// The ISO 3166-1 alpha-2 code.
    pub fn code(self) -> &'static str {
        use Country::*;
        match self {
            US => "US",
            CA => "CA",
            MX => "MX",
            BR => "BR",
            GB => "GB",
            IE => "IE",
            DE => "DE",
            FR => "FR",
            NL => "NL",
            BE => "BE",
            ES => "ES",
            IT => "IT",
            PL => "PL",
            AT => "AT",
            CH => "CH",
            SE => "SE",
            DK => "DK",
            AU => "AU",
            NZ => "NZ",
            JP => "JP",
            CN => "CN",
            IN => "IN",
            SG => "SG",
        }
    }

    /// The country for an ISO alpha-2 code (case-insensitive; `"UK"` is GB).
    pub fn from_code(code: &str) -> Option<Country> {
        let c = code.trim().to_ascii_uppercase();
        let c = if c == "UK" { "GB" } else { c.as_str() };
        Country::ALL.into_iter().find(|k| k.code() == c)
    }

    fn info(self) -> Info {
        use Country::*;
        let (tz, regions, regional_rules): (Tz, &'static [Region], bool) = match self {
            US => (Am::New_York, US_REGIONS, false),
            CA => (Am::Toronto, CA_REGIONS, true),
            MX => (Am::Mexico_City, &[], false),
            BR => (Am::Sao_Paulo, BR_REGIONS, true),
            GB => (Tz::Europe__London, GB_REGIONS, true),
            IE => (Tz::Europe__Dublin, &[], false),
            DE => (Tz::Europe__Berlin, DE_REGIONS, true),
            FR => (Tz::Europe__Paris, &[], false),
            NL => (Tz::Europe__Amsterdam, &[], false),
            BE => (Tz::Europe__Brussels, &[], false),
            ES => (Tz::Europe__Madrid, &[], false),
            IT => (Tz::Europe__Rome, &[], false),
            PL => (Tz::Europe__Warsaw, &[], false),
            AT => (Tz::Europe__Vienna, &[], false),
            CH => (Tz::Europe__Zurich, &[], false),
            SE => (Tz::Europe__Stockholm, &[], false),
            DK => (Tz::Europe__Copenhagen, &[], false),
            AU => (Aus::Sydney, AU_REGIONS, true),
            NZ => (Tz::Pacific__Auckland, &[], false),
            JP => (Tz::Asia__Tokyo, &[], false),
            CN => (Tz::Asia__Shanghai, &[], false),
            IN => (Tz::Asia__Kolkata, &[], false),
            SG => (Tz::Asia__Singapore, &[], false),
        };
        Info {
            tz,
            regions,
            regional_rules,
        }
    }

    /// The recognized region code for `region` (`"BY"`, `"DE-BY"`, `"de-by"` all give `"BY"`).
    /// `Ok(None)` for a country without regional rules and a code it does not know.
    pub(super) fn region(self, region: &str) -> Result<Option<&'static str>> {
        let up = region.trim().to_ascii_uppercase();
        let prefix = format!("{}-", self.code());
        let code = up.strip_prefix(&prefix).unwrap_or(&up);
        let info = self.info();
        match info.regions.iter().find(|(c, _)| *c == code) {
            Some((c, _)) => Ok(Some(c)),
            None if info.regional_rules => Err(Error::UnknownRegion {
                country: self.code().to_string(),
                region: region.to_string(),
            }),
            None => Ok(None),
        }
    }

    /// The zone of `region` (a code returned by [`Country::region`]) or of the country.
    pub(super) fn timezone(self, region: Option<&str>) -> Tz {
        let info = self.info();
        region
            .and_then(|r| info.regions.iter().find(|(c, _)| *c == r))
            .map_or(info.tz, |(_, tz)| *tz)
    }

    /// The country's default zone.
    pub fn default_timezone(self) -> Tz {
        self.info().tz
    }

    /// Region codes with their own rules or zone.
    pub fn regions(self) -> impl Iterator<Item = &'static str> {
        self.info().regions.iter().map(|(c, _)| *c)
    }

    /// Years in which every holiday is known, for countries with table-based holidays.
    pub(super) fn data_years(self) -> Option<RangeInclusive<i32>> {
        super::tables::data_years(self)
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}
