//! Every UI string, in Spanish (default) and English, by screen area: one struct of texts
//! per language (a missing translation is a compile error), and functions for texts
//! that carry numbers, which also choose singular or plural.

mod common;
mod errors;

pub mod account;
pub mod assistant;
pub mod game;
pub mod money;
pub mod results;
pub mod settings;
pub mod team;
pub mod whatsapp;

pub use common::{EN, ES, Texts, chat_range, clients_shown, date_order_name, imported_new, show_more, stage_label, texts};
pub use errors::*;

/// "1 pago" / "3 pagos": a count with its noun in the right number.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use crate::domain::locale::Lang;

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(super::money::imported(Lang::Es, 1, "$ 50.000"), "1 pago importado: $ 50.000.");
        assert_eq!(super::money::imported(Lang::Es, 3, "$ 9"), "3 pagos importados: $ 9.");
        assert_eq!(super::money::imported(Lang::En, 1, "$9"), "1 payment imported: $9.");
        assert_eq!(super::money::import_more(Lang::Es, 1), "y 1 problema más.");
        assert_eq!(super::imported_new(Lang::Es, 1, 40), "Chat importado: 1 mensaje nuevo de 40.");
        assert_eq!(super::imported_new(Lang::En, 0, 40), "Chat imported: 0 new messages of 40.");
        assert_eq!(super::team::pending(Lang::Es, 1), "1 invitación sin usar.");
        assert_eq!(super::team::pending(Lang::Es, 2), "2 invitaciones sin usar.");
        assert_eq!(super::team::invite_title(Lang::Es, "Agencia Sol"), "Únete a Agencia Sol");
        assert_eq!(super::settings::zone_fixed(Lang::En, "-05:00").matches("-05:00").count(), 1);
        assert!(super::chat_range(Lang::Es, "1 de nov", "3 de dic").contains("1 de nov"));
        assert_eq!(super::team::removed(Lang::Es, "Pablo", 1), "Pablo ya no está en el equipo. Ahora tienes 1 cliente suyo.");
        assert_eq!(super::team::removed(Lang::En, "Pablo", 1), "Pablo is no longer on the team. You now have 1 client of theirs.");
    }
}
