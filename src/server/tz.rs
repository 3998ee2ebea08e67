//! A workspace's clock. With its IANA zone known (sign-ups send the browser's), the
//! offset is the zone's at that instant, so it follows daylight saving (Chile, Paraguay,
//! Cuba); otherwise the fixed offset stored at sign-up.

use chrono::{DateTime, Offset, TimeZone, Utc};

use super::{Caller, internal};
use crate::model::ApiError;
use crate::domain::validation::{Field, FieldError, Problem};

/// Whether `name` is a zone of the IANA database this build carries.
pub fn known(name: &str) -> bool {
    name.parse::<chrono_tz::Tz>().is_ok()
}

/// Minutes east of UTC at `at`: the zone's when `tz_name` names one, else `fixed`.
pub fn offset_minutes(tz_name: Option<&str>, fixed: i32, at: DateTime<Utc>) -> i32 {
    tz_name
        .and_then(|n| n.parse::<chrono_tz::Tz>().ok())
        .map(|tz| tz.offset_from_utc_datetime(&at.naive_utc()).fix().local_minus_utc() / 60)
        .unwrap_or(fixed)
}

/// Sets the workspace's zone (admins only); the fixed offset becomes the zone's current
/// one, the fallback should the zone ever be unknown to a later build.
pub async fn set(caller: &Caller, tz_name: &str) -> Result<(), ApiError> {
    caller.admin_only()?;
    let name = tz_name.trim();
    if !known(name) {
        return Err(ApiError::Validation(vec![FieldError::new(Field::TimeZone, Problem::UnknownValue)]));
    }
    let offset = offset_minutes(Some(name), 0, Utc::now());
    caller
        .state
        .db
        .query("UPDATE type::record('workspace', $ws) SET tz_name = $name, tz_offset_minutes = $offset RETURN NONE")
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("name", name.to_string()))
        .bind(("offset", i64::from(offset)))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn the_offset_follows_daylight_saving_where_there_is_some() {
        // Chile: UTC-3 in its summer, UTC-4 in its winter.
        assert_eq!(offset_minutes(Some("America/Santiago"), 0, at("2026-01-15T12:00:00Z")), -180);
        assert_eq!(offset_minutes(Some("America/Santiago"), 0, at("2026-07-15T12:00:00Z")), -240);
        // Bogotá and Mexico City (no daylight saving since 2022) do not move.
        for day in ["2026-01-15T12:00:00Z", "2026-07-15T12:00:00Z"] {
            assert_eq!(offset_minutes(Some("America/Bogota"), 0, at(day)), -300);
            assert_eq!(offset_minutes(Some("America/Mexico_City"), 0, at(day)), -360);
        }
        assert_eq!(offset_minutes(Some("Asia/Kolkata"), 0, at("2026-01-15T12:00:00Z")), 330);
    }

    #[test]
    fn without_a_known_zone_the_stored_offset_stands() {
        assert_eq!(offset_minutes(None, -300, at("2026-07-15T12:00:00Z")), -300);
        assert_eq!(offset_minutes(Some("Nowhere/Land"), -240, at("2026-07-15T12:00:00Z")), -240);
        assert!(known("America/Asuncion") && !known("Nowhere/Land") && !known(""));
    }
}
