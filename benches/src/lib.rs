//! Shared input generators for the criterion benches in `benches/`: one deterministic random
//! source and the places and lanes they draw from, so every bench builds inputs the same way.

use tracking_core::Location;

/// A cheap deterministic generator (xorshift64), so runs are comparable.
pub struct Rng(pub u64);

impl Rng {
    /// The next pseudo-random number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// A location with a country and a region code.
pub fn place(country: &str, region: &str) -> Option<Location> {
    Some(Location {
        country: Some(country.into()),
        region: Some(region.into()),
        ..Location::default()
    })
}

/// Brazil's 27 federative units (ISO 3166-2:BR codes).
pub const BR_STATES: [&str; 27] = [
    "AC", "AL", "AM", "AP", "BA", "CE", "DF", "ES", "GO", "MA", "MG", "MS", "MT", "PA", "PB", "PE",
    "PI", "PR", "RJ", "RN", "RO", "RR", "RS", "SC", "SE", "SP", "TO",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generator_is_deterministic_and_moves() {
        let (mut a, mut b) = (Rng(7), Rng(7));
        let xs: Vec<u64> = (0..4).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..4).map(|_| b.next_u64()).collect();
        assert_eq!(xs, ys);
        assert!(xs.windows(2).all(|w| w[0] != w[1]));
    }
}
