//! One way to give an enum stable text keys (what the database, CSV files, JSON schemas
//! and forms store): `keyed_enum!` declares the enum with each variant's key and
//! writes `ALL` (declaration order), `key()` and `from_key()`, so a new variant can
//! never be missing from the list or the keys.

macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $key:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// The stable key stored for this variant.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }

            /// The variant stored under `key`.
            pub fn from_key(key: &str) -> Option<$name> {
                match key {
                    $($key => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

pub(crate) use keyed_enum;

#[cfg(test)]
mod tests {
    keyed_enum! {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        enum Fruit {
            /// Red.
            Apple = "apple",
            Pear = "pear",
        }
    }

    #[test]
    fn keys_round_trip_in_declaration_order() {
        assert_eq!(Fruit::ALL, [Fruit::Apple, Fruit::Pear]);
        for f in Fruit::ALL {
            assert_eq!(Fruit::from_key(f.key()), Some(f));
        }
        assert_eq!(Fruit::Pear.key(), "pear");
        assert_eq!(Fruit::from_key("banana"), None);
    }
}
