//! Stable keys of the finance enums (storage, CSV, forms) and their lists.

use serde::{Deserialize, Serialize};

use super::{Method, Period, Status};

impl Method {
    pub const ALL: [Method; 4] = [Method::Transfer, Method::Cash, Method::Card, Method::Other];

    pub fn key(self) -> &'static str {
        match self {
            Method::Transfer => "transfer",
            Method::Cash => "cash",
            Method::Card => "card",
            Method::Other => "other",
        }
    }

    pub fn from_key(k: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.key() == k)
    }
}

/// What recurring services are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Service {
    Hosting,
    Domain,
    Maintenance,
    Other,
}

impl Service {
    pub const ALL: [Service; 4] = [Service::Hosting, Service::Domain, Service::Maintenance, Service::Other];

    pub fn key(self) -> &'static str {
        match self {
            Service::Hosting => "hosting",
            Service::Domain => "domain",
            Service::Maintenance => "maintenance",
            Service::Other => "other",
        }
    }

    pub fn from_key(k: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.key() == k)
    }
}

impl Period {
    pub fn key(self) -> &'static str {
        match self {
            Period::Monthly => "monthly",
            Period::Yearly => "yearly",
        }
    }

    pub fn from_key(k: &str) -> Option<Period> {
        [Period::Monthly, Period::Yearly].into_iter().find(|p| p.key() == k)
    }
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Paused => "paused",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn from_key(k: &str) -> Option<Status> {
        [Status::Active, Status::Paused, Status::Cancelled].into_iter().find(|s| s.key() == k)
    }
}

