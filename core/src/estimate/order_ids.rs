//! Order ids as the model keeps them: a 64-bit hash of the id (the noted counts check
//! duplicates by it, an open order of the promise calibration is closed by it), saved as 16
//! hex digits.

/// The stored hash of an order id: FNV-1a 64 (a fixed, published function, so a saved model
/// reads the same on every platform and version; offset basis and prime from the FNV
/// reference, www.isthe.com/chongo/tech/comp/fnv).
pub(crate) fn id_hash(id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Order-id hashes saved as 16 hex digits: a JSON number above 2^53 would not survive a
/// JavaScript reader, and the model checker bounds every number far below 2^64.
pub(crate) mod hex_ids {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        ids: &BTreeMap<i32, Vec<u64>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_map(
            ids.iter()
                .map(|(d, h)| (d, h.iter().map(|x| format!("{x:016x}")).collect::<Vec<_>>())),
        )
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<i32, Vec<u64>>, D::Error> {
        let raw = BTreeMap::<i32, Vec<String>>::deserialize(d)?;
        raw.into_iter()
            .map(|(day, hs)| {
                let parsed = hs
                    .iter()
                    .map(|h| {
                        if h.len() == 16 {
                            u64::from_str_radix(h, 16).ok()
                        } else {
                            None
                        }
                        .ok_or_else(|| {
                            serde::de::Error::custom(format!(
                                "volume.noted.ids.{day}: {h:?} is not an order-id hash (16 hex digits)"
                            ))
                        })
                    })
                    .collect::<Result<Vec<u64>, D::Error>>()?;
                Ok((day, parsed))
            })
            .collect()
    }
}

/// An order-id hash saved as 16 hex digits (a JSON number above 2^53 would not survive a
/// JavaScript reader, and the model checker bounds every number far below 2^64).
pub(crate) mod hex_id {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(id: &Option<u64>, s: S) -> Result<S::Ok, S::Error> {
        match id {
            Some(h) => s.serialize_str(&format!("{h:016x}")),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
        let Some(h) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        if h.len() != 16 {
            return Err(serde::de::Error::custom(format!(
                "calibration.pending: {h:?} is not an order-id hash (16 hex digits)"
            )));
        }
        u64::from_str_radix(&h, 16).map(Some).map_err(|_| {
            serde::de::Error::custom(format!(
                "calibration.pending: {h:?} is not an order-id hash (16 hex digits)"
            ))
        })
    }
}
