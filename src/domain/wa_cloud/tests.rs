use super::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/whatsapp/cloud/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(path).unwrap()
}

fn messages(changes: &[Change]) -> Vec<&LiveMessage> {
    changes
        .iter()
        .flat_map(|c| &c.events)
        .filter_map(|e| match e {
            Event::Message(m) => Some(m),
            _ => None,
        })
        .collect()
}

#[test]
fn a_text_message_with_the_clients_profile_name() {
    let changes = parse(&fixture("text.json")).unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].phone_number_id, "106540352242922");
    assert!(changes[0].events.contains(&Event::Contact {
        contact: "573154448899".into(),
        name: "Marcela Ríos".into()
    }));
    let m = messages(&changes)[0];
    assert_eq!(m.contact, "573154448899");
    assert!(!m.from_us && !m.history);
    assert_eq!(m.kind, MessageKind::Text);
    assert!(m.text.starts_with("Hola! vi su anuncio"));
    assert_eq!(m.at, DateTime::from_timestamp(1_764_680_400, 0).unwrap());
    assert!(m.id.starts_with("wamid."));
}

#[test]
fn media_reactions_locations_buttons_and_unknown_types() {
    let changes = parse(&fixture("media_reaction_location.json")).unwrap();
    let ms = messages(&changes);
    let kinds: Vec<MessageKind> = ms.iter().map(|m| m.kind).collect();
    use MessageKind::*;
    assert_eq!(kinds, [Media, Media, Text, Text, Text, System]);
    // An image: its type, then the caption; a document: its file name, as the export names it.
    assert_eq!(ms[0].text, "image\nasí es el local, quiero que se vea en la página");
    assert_eq!(crate::domain::whatsapp::media_file_name(&ms[1].text), Some("menu-panaderia.pdf"));
    assert!(ms[1].text.ends_with("\nel menú"));
    assert_eq!(ms[2].text, "👍");
    assert!(ms[3].text.contains("Panadería La Espiga") && ms[3].text.contains("4.63180,-74.06530"));
    assert_eq!(ms[4].text, "Plan Pro");
    assert_eq!(ms[5].text, "[unsupported: Message type unknown]");
    // Every message is the client's.
    assert!(ms.iter().all(|m| m.contact == "573154448899" && !m.from_us));
}

#[test]
fn statuses_with_meta_s_error_and_their_order() {
    let changes = parse(&fixture("statuses.json")).unwrap();
    let statuses: Vec<&StatusUpdate> = changes[0]
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Status(s) => Some(s),
            _ => None,
        })
        .collect();
    assert_eq!(statuses.len(), 3);
    assert_eq!(statuses[0].status, Delivery::Read);
    assert_eq!(statuses[1].status, Delivery::Delivered);
    assert_eq!(statuses[2].error, Some((131_047, "Re-engagement message".to_string())));
    // "read" arrived before "delivered": the message stays read.
    assert_eq!(Delivery::advance(Some(Delivery::Read), Delivery::Delivered), Delivery::Read);
    assert_eq!(Delivery::advance(Some(Delivery::Sent), Delivery::Failed), Delivery::Failed);
    assert_eq!(Delivery::advance(Some(Delivery::Delivered), Delivery::Failed), Delivery::Delivered);
    assert_eq!(Delivery::advance(Some(Delivery::Failed), Delivery::Read), Delivery::Read);
}

#[test]
fn an_echo_is_ours_and_names_the_client_as_recipient() {
    let changes = parse(&fixture("echo.json")).unwrap();
    let m = messages(&changes)[0];
    assert!(m.from_us);
    assert_eq!(m.contact, "573154448899");
    assert!(m.text.contains("$1.200.000"));
}

#[test]
fn history_threads_tell_our_messages_from_the_clients() {
    let changes = parse(&fixture("history.json")).unwrap();
    let ms = messages(&changes);
    assert_eq!(ms.len(), 3);
    assert!(ms.iter().all(|m| m.history && m.contact == "573118765432"));
    assert_eq!(ms.iter().map(|m| m.from_us).collect::<Vec<_>>(), [false, true, false]);
    assert_eq!(ms[2].kind, MessageKind::Media);
}

#[test]
fn two_entries_are_two_numbers() {
    let changes = parse(&fixture("two_entries.json")).unwrap();
    let ids: Vec<&str> = changes.iter().map(|c| c.phone_number_id.as_str()).collect();
    assert_eq!(ids, ["106540352242922", "310987654321098"]);
    assert_eq!(messages(&changes[1..])[0].contact, "5491122334455");
}

#[test]
fn bodies_that_are_not_webhooks() {
    assert_eq!(parse(b"not json"), Err(PayloadError::NotJson));
    assert_eq!(parse(b"{\"object\":\"page\",\"entry\":[]}"), Err(PayloadError::NotWhatsApp));
    let text = fixture("text.json");
    assert_eq!(parse(&text[..text.len() / 2]), Err(PayloadError::NotJson));
    // Items missing what identifies them are skipped, the rest kept.
    let body = br#"{"object":"whatsapp_business_account","entry":[{"changes":[
        {"field":"messages","value":{"metadata":{"phone_number_id":"1"},"messages":[
            {"from":"573001234567","type":"text","text":{"body":"sin id"},"timestamp":"1"},
            {"from":"573001234567","id":"wamid.a","type":"text","text":{"body":"sin hora"}},
            {"from":"573001234567","id":"wamid.b","type":"text","text":{"body":"bien"},"timestamp":"1764680400"}]}},
        {"field":"messages","value":{"messages":[]}},
        {"field":"account_update","value":{"metadata":{"phone_number_id":"1"}}}]}]}"#;
    let changes = parse(body).unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(messages(&changes).len(), 1);
}

#[test]
fn long_texts_are_clipped_on_a_character_boundary() {
    let long = "ñ".repeat(TEXT_MAX + 10);
    let body = serde_json::json!({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{
        "metadata":{"phone_number_id":"1"},
        "messages":[{"from":"573001234567","id":"wamid.x","timestamp":"1764680400","type":"text","text":{"body":long}}]}}]}]});
    let changes = parse(body.to_string().as_bytes()).unwrap();
    assert_eq!(messages(&changes)[0].text.chars().count(), TEXT_MAX);
}

#[test]
fn the_chats_a_body_brings_live_messages_to_and_only_those() {
    // Two entries, two business numbers: a key each, number first.
    assert_eq!(
        live_chats(&fixture("two_entries.json")),
        ["106540352242922/5215512345678", "310987654321098/5491122334455"]
    );
    // What the seller sent from the phone is the client's chat too.
    assert_eq!(live_chats(&fixture("echo.json")), ["106540352242922/573154448899"]);
    // The backfill, statuses and what is not a webhook bring none.
    for name in ["history.json", "statuses.json"] {
        assert!(live_chats(&fixture(name)).is_empty(), "{name}");
    }
    assert!(live_chats(b"{\"object\":\"page\"}").is_empty());
    assert!(live_chats(b"not json").is_empty());

    // The messages of one chat: the other number's stay out.
    let body = fixture("two_entries.json");
    let one = live_messages_in(&body, &[chat_key("310987654321098", "5491122334455")]);
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].contact, "5491122334455");
    assert!(live_messages_in(&body, &[chat_key("106540352242922", "5491122334455")]).is_empty());
    // The backfill's own chats still bring nothing live.
    let history = fixture("history.json");
    let keys: Vec<String> = parse(&history)
        .unwrap()
        .iter()
        .flat_map(|c| messages(std::slice::from_ref(c)).into_iter().map(|m| chat_key(&c.phone_number_id, &m.contact)))
        .collect();
    assert!(!keys.is_empty());
    assert!(live_messages_in(&history, &keys).is_empty());
}
