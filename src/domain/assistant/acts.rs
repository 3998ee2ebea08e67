//! Dialogue acts: what each message *does* (asks the price, pays, commits, rejects, raises
//! a worry, calms one), read clause by clause with polarity, not as bare keywords.
//!
//! A message is normalised (lower case, accents folded, stretched letters collapsed,
//! chat abbreviations such as "xq", "q", "pls" expanded), cut into clauses at sentence
//! punctuation and at "pero"/"but", and matched against short phrase patterns. A match
//! preceded by a negation in its clause flips or drops its act ("no es caro" is a
//! reassurance, "no vamos a contratar" a rejection); a question changes what some acts
//! mean ("¿te pago hoy?" asks how to pay rather than commits). Pure, no I/O.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What a message does. Each is a bit of [`Acts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Act {
    AskPrice,
    AskProposal,
    AskPayment,
    /// Agreement or enthusiasm about the offer ("me encanta", "me parece bien").
    Positive,
    /// Displeasure or hesitation without a named reason ("no me convence").
    Doubt,
    ObjPrice,
    ObjTime,
    ObjTrust,
    ObjThink,
    /// Another agency, quote or cheaper alternative is in play, still undecided.
    Comparing,
    /// The client says they paid or sent the receipt (or the seller confirms receiving it).
    Paid,
    /// The client commits: "hagámoslo", "te pago hoy", "¿a qué cuenta transfiero?".
    Committed,
    Rejected,
    ChoseCompetitor,
    /// The decision is deferred ("más adelante", "hablamos en enero").
    Postponed,
    /// The client asks not to be written to again.
    Stop,
    // Helpers, resolved into the acts above per clause or message.
    /// "precio", "valor", "costo": a price question only in a question or a request.
    PriceWord,
    /// "propuesta", "cotización": a proposal request only in a question or a request.
    ProposalWord,
    /// "envíame", "pásame", "quisiera": turns a price/proposal word into an ask.
    Request,
    /// "decidimos", "nos vamos con": decided what, the rest of the message says.
    Decided,
    /// A concrete time ("el lunes", "en enero", "la próxima semana").
    Dated,
    /// "lo está haciendo", "encontramos", "nos salió": someone else does it, when the
    /// message names someone else or another option; never a yes on its own.
    Elsewhere,
    /// "no vamos a poder", "no podemos seguir": a no, or a later if a time is named.
    CantGo,
    /// "contrato", "contract": asking for it is a yes.
    ContractWord,
    /// "ya lo resolvimos", "ya tenemos página", "we're covered": someone else covers it,
    /// when the message asks nothing more and puts no "pero".
    Covered,
    /// "hemos optado", "seleccionamos": someone else's offer picked, when the message
    /// names another option or provider; nothing otherwise.
    Picked,
    /// Later, said in passing ("más adelante", "cuando tenga"): a postponement while
    /// nothing is decided, not one that undoes a decision. Kept next to `Postponed` only
    /// when nothing stronger put the project off.
    Later,
    /// The commitment is to pay ("te transfiero ahorita", "I'll send the deposit"): a
    /// receipt's photo or document from the client after it says it was paid.
    WillPay,
    /// A yes on a condition ("si me lo dejas en 1.200.000 lo hacemos"): our reply granting
    /// it makes it a yes.
    YesIf,
}

impl Act {
    pub const fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// The acts of a message (a bit set).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Acts(pub u32);

impl Acts {
    pub fn has(self, a: Act) -> bool {
        self.0 & a.bit() != 0
    }
    fn set(&mut self, a: Act) {
        self.0 |= a.bit();
    }
    fn clear(&mut self, a: Act) {
        self.0 &= !a.bit();
    }
    pub fn any(self, acts: &[Act]) -> bool {
        acts.iter().any(|a| self.has(*a))
    }
}

/// Patterns per act: space-separated tokens of the normalised text; `*` ends a prefix
/// token ("pag*"), `_` is any one token. A leading `?` marks a pattern that keeps its
/// meaning in a question ("¿te llegó el comprobante?" still says they paid).
const PATTERNS: &[(Act, &[&str])] = &[
    (Act::AskPrice, &[
        "cuanto cuesta*", "cuanto vale*", "cuanto sale*", "cuanto cobra*", "cuanto seria*",
        "cuanto me sale*", "cuanto me cobra*", "cuanto costaria*", "cuanto es", "cuanto valdria*",
        "en cuanto sale*", "en cuanto esta", "que precio*", "que valor*", "que costo*", "?cuanto era", "?cuanto eran", "cuanto me saldria",
        "cuanto saldria", "?en cuanto me la deja*", "?en cuanto me lo deja*", "?cuanto esta", "?cuanto estan", "cuanto me costaria",
        "cuanto me vale", "cuanto me valdria",
        "how much", "whats the price", "what is the price", "what does it cost",
    ]),
    (Act::PriceWord, &[
        "precio*", "valor", "valores", "costo", "costos", "tarifa*", "price*", "cost", "costs", "rates",
    ]),
    (Act::ProposalWord, &[
        "propuesta*", "cotizacion*", "cotizar", "presupuesto", "proposal", "quote", "estimate",
    ]),
    (Act::Request, &[
        "enviame", "mandame", "pasame", "dame", "dime", "me envias", "me mandas", "me pasas",
        "me das", "me dices", "me puedes", "me podrias", "me podria", "me puede", "quisiera",
        "me manda", "me envia", "me pasa", "me da", "enviame", "envieme", "mandeme", "paseme", "envienos",
        "mandenos", "envien", "manden", "favor enviar", "favor envien", "favor remitir", "remitanos", "remitir",
        "agradeceria", "agradeceriamos", "agradecemos enviar", "please send",
        "me regala",
        "necesito", "quiero saber", "quiero ver", "me interesa saber", "me compartes",
        "comparteme", "regalame", "send me", "can you send", "could you send", "i need",
        "id like", "i would like", "share", "send", "send over",
    ]),
    (Act::AskPayment, &[
        "como pago", "como te pago", "como les pago", "como le pago", "como se paga", "como hago el pago",
        "como hago para pagar", "medios de pago", "formas de pago", "forma de pago", "metodos de pago",
        "metodo de pago", "aceptan tarjeta", "con tarjeta", "en cuotas", "a cuotas", "cuotas",
        "anticipo", "nequi", "daviplata", "yape", "plin", "mercado pago", "mercadopago", "paypal",
        "link de pago", "datos de pago", "puedo pagar", "se puede pagar", "how do i pay",
        "how can i pay", "payment method*", "installment*", "pay by card", "pay in",
    ]),
    (Act::Positive, &[
        "perfecto", "me encanta*", "me encanto", "me gusta*", "me gusto", "genial", "excelente",
        "de acuerdo", "me parece bien", "me parece perfecto", "me parece excelente", "me parece genial",
        "me parece justo", "me parece razonable", "suena bien", "me sirve", "me convence*",
        "buenisim*", "chever*", "bacan*", "chido", "padrisim*", "super bien", "esta bien el precio",
        "justo lo que", "lo que necesito", "lo que buscaba", "me late", "que bien", "que bueno",
        "increible", "hermos*", "lindo", "linda", "bonit*", "ntp", "sin problema", "no hay problema",
        "no me da miedo", "me da confianza", "me da seguridad", "me dan confianza", "que alivio", "me tranquiliza*",
        "confio en", "confiamos en", "perfect", "i like", "i love", "love it", "sounds good",
        "sounds great", "looks great", "great", "excellent", "awesome", "amazing", "works for me",
        "makes sense", "fair price", "no problem",
    ]),
    (Act::Doubt, &[
        "no me convence*", "no estoy segur*", "no se si", "no se que hacer", "me hace dudar",
        "tengo dudas", "tengo mis dudas", "no me termina", "not sure", "not convinced", "muy pequeno para", "muy chico para",
        "muy chiquito para", "muy pequena para", "too small for", "no me siento list*", "no me siento preparad*", "not ready",
        "no lo voy a aprovechar", "no la voy a aprovechar", "no le voy a sacar provecho",
    ]),
    (Act::ObjPrice, &[
        "caro", "caros", "carisim*", "muy cara", "es cara", "esta cara", "algo cara", "un poco cara",
        "bastante cara", "super cara", "carito", "caritos", "costoso", "costosa", "muy alto",
        "muy elevado", "es alto", "un poco alto", "poquito alto", "algo alto", "bastante alto",
        "valor alto", "precio alto", "es elevado", "valor elevado", "monto elevado", "es bastante para",
        "es mucho para", "no nos da el presupuesto", "no me da el presupuesto", "no da el presupuesto",
        "no alcanza el presupuesto", "esta carita", "ta carita", "muy carita", "algo carita",
        "monto importante", "fuera de mi presupuesto", "fuera de presupuesto", "fuera de mi alcance",
        "pricey", "steep", "a bit much", "too high", "mas de lo que", "por encima de lo que", "por encima de mi", "more than i expected", "more than we expected",
        "more than expected",
        "se sale de", "se me sale", "no me alcanza", "no nos alcanza", "no tengo presupuesto",
        "sin presupuesto", "por presupuesto", "mi presupuesto es", "mi presupuesto no", "mi presupuesto era",
        "nuestro presupuesto es", "nuestro presupuesto no", "presupuesto limitado", "presupuesto ajustado",
        "mas barato", "mas barata", "mas economic*", "descuento*", "rebaja*", "rebajar", "rebajas",
        "no tengo plata", "no tengo dinero", "no tengo como pagar", "ando corto", "ando corta",
        "me quede sin trabajo", "me quede sin empleo", "perdi mi trabajo", "perdi el trabajo", "me despidieron", "lost my job",
        "cortos de caja", "corto de caja", "corta de caja", "cortos de plata", "estoy corto de", "estoy corta de",
        "apretado de plata", "apretada de plata", "apretados de plata", "apretado de dinero", "apretada de dinero",
        "ando apretad*", "estamos apretados", "sin liquidez", "no tengo liquidez", "no tenemos liquidez",
        "sin un peso", "sin un centavo", "ando sin plata", "estoy sin plata", "estamos sin plata",
        "ando pelad*", "estoy pelad*", "estamos pelados", "no tengo lana", "ando sin lana", "ando brujo", "ando bruja",
        "no hay plata", "no hay dinero", "no hay billete", "no tengo billete", "short on cash", "cash is tight",
        "money is tight", "tight on money", "low on cash",
        "es mucho dinero", "es mucha plata", "mucha plata", "mucho dinero", "es demasiado", "demasiado para", "demasiado alto", "demasiado elevado", "demasiada plata",
        "demasiado dinero", "me parece demasiado", "demasiado $", "por menos",
        "me cobra* menos", "cobran menos", "mejor precio", "better price", "lo mismo por", "no me da el bolsillo", "no me da para", "no nos da para",
        "expensive", "too much", "over budget", "out of budget", "our budget", "my budget",
        "cheaper", "discount*", "cant afford", "can not afford", "lower price", "way over", "over what we can", "beyond what we can",
        "out of our range", "out of our price range", "out of my price range",
    ]),
    (Act::ObjTime, &[
        "no tengo tiempo", "no tenemos tiempo", "ando ocupad*", "estoy ocupad*", "estamos ocupad*",
        "no tengo cabeza", "no doy abasto", "no me da la vida", "ando a full", "estoy a full", "ando full", "ando loca", "ando loco", "ocupadisim*",
        "con mucho trabajo", "no tengo mucho tiempo", "no tengo tanto tiempo", "poco tiempo",
        "sin tiempo", "busy", "no time", "bad time", "ahorita no puedo $", "ahora no puedo $", "ahorita no podemos $",
        "ahora no podemos $", "en este momento no puedo $", "por ahora no puedo $", "no puedo ahorita $", "no puedo ahora $",
        "por el momento no puedo $", "cant right now", "can not right now",
    ]),
    (Act::ObjTrust, &[
        "no hay garantia", "no dan garantia", "sin garantia", "y si no me gusta", "y si no nos gusta",
        "what if i dont like", "no los conozco", "no te conozco", "no la conozco", "no lo conozco",
        "no los conocemos", "estan registrados", "son empresa", "es legal", "legit", "me quedo mal", "desaparecio", "desaparecieron", "casos de exito",
        "antes de pagar", "before committing", "before paying", "me da miedo", "nos da miedo", "desconfi*", "no confio", "no confiamos", "como se que",
        "como sabemos que", "como se yo", "que garantia", "hay garantia", "tienen garantia",
        "dan garantia", "me garantiza*", "referencias", "estafa*", "me estafaron", "nos estafaron",
        "me quedaron mal", "nos quedaron mal", "mala experiencia", "me robaron", "es seguro",
        "son confiables", "es confiable", "pagar por adelantado", "pagar todo antes",
        "otra vez lo mismo", "can i trust", "how do i know", "is it safe", "scam*", "references",
        "guarantee", "bad experience", "got burned", "alguna referencia", "una referencia", "a reference",
    ]),
    (Act::ObjThink, &[
        "lo voy a pensar", "lo vamos a pensar", "voy a pensarlo", "vamos a pensarlo", "lo pienso",
        "lo pensamos", "dejame pensarlo", "dejame pensar", "tengo que pensarlo", "pensarlo bien",
        "lo consulto", "lo consultamos", "consultarlo", "lo hablo con", "hablarlo con", "lo converso",
        "dame unos dias", "deme unos dias", "dame chance", "dame tiempo", "give me a few days",
        "ill get back", "need to think", "sleep on it", "dejame revis*", "dejame ver", "dejame mir*", "dejame consult*", "dejame analiz*",
        "dejeme revis*", "dejeme consult*", "y te comento", "y le comento", "luego te comento",
        "y te digo", "y les digo", "lo evalu*", "evaluarlo", "lo vemos con", "lo veo con",
        "lo tengo que hablar", "tengo que hablarlo", "lo tengo que consultar", "tengo que consultarlo",
        "lo revisare", "lo revisaremos", "y le confirmo", "y te confirmo", "y les confirmo",
        "conversarlo", "tengo que ver", "lo reviso", "lo revisamos", "lo analizo", "lo analizamos",
        "te confirmo luego", "te confirmo despues", "te confirmo manana", "te confirmo mas tarde",
        "te aviso", "le aviso", "les aviso", "te digo luego", "te digo despues", "luego te digo",
        "let me think", "think about it", "get back to you", "let you know", "talk to my",
        "check with my", "discuss it with",
    ]),
    (Act::Comparing, &[
        "en otro lado", "en otra parte", "encontre algo mas barato", "encontre algo mas economico", "consegui algo mas barato", "found something cheaper",
        "otra agencia", "otras agencias", "otra empresa", "otras empresas", "otro proveedor",
        "otros proveedores", "otra cotizacion", "otras cotizaciones", "tres cotizaciones",
        "dos cotizaciones", "varias cotizaciones", "cotizando", "comparando", "comparar",
        "la otra opcion", "viendo otras opciones", "mirando otras opciones", "evaluando otras opciones",
        "tengo otras opciones", "otra propuesta", "otras propuestas", "en otro lado", "en otra parte",
        "otro disenador", "freelance*", "mi sobrino", "otra persona", "otro equipo", "otro estudio",
        "alguien mas", "otro chico", "otra chica", "un amigo me la hace",
        "un conocido me la hace", "un conocido me cobra", "wix", "shopify", "another agency", "other agency",
        "other quotes", "another quote", "comparing", "someone else", "another company",
        "a freelancer", "other option*",
        "con otro $", "con otra $", "a otro $", "a otra $", "con otro que", "con otra que", "con otros $", "con otras $",
        "por otro $", "por otra $",
        "otro mas barato", "otra mas barata", "alguien mas barato", "opcion mas barata",
        "cheaper option", "another option", "someone cheaper", "el otro presupuesto", "otro presupuesto",
        "la competencia", "con quien ya", "con quien nos", "con el que ya", "con la que ya", "con los que ya",
        "resolvimos por otro lado", "lo resolvi por otro lado", "lo conseguimos por otro lado",
        "lo consegui por otro lado", "another provider", "other provider*", "another shop", "another studio", "another designer",
        "another developer", "another guy", "other guy", "another team",
    ]),
    (Act::Paid, &[
        "ya pague", "ya te pague", "ya les pague", "ya le pague", "ya pagamos", "ya te pagamos",
        "ya hice el pago", "ya hicimos el pago", "ya realice el pago", "ya quedo el pago",
        "ya esta el pago", "pagado", "pagada", "pago hecho", "pago realizado", "pago enviado",
        "listo el pago", "ya transferi", "ya te transferi", "ya transferimos", "te transferi",
        "hice la transferencia", "hicimos la transferencia", "ya consigne", "ya te consigne",
        "ya cancele", "ya te cancele", "ya les cancele",
        "consignado", "ya deposite", "te deposite", "deposite", "transferido", "acabo de pagar",
        "acabo de transferir", "acabamos de pagar", "acabo de hacer el pago",
        "acabo de consignar", "te envio el comprobante", "te mando el comprobante",
        "te paso el comprobante", "ahi va el comprobante", "ahi esta el comprobante",
        "adjunto el comprobante", "aqui el comprobante", "aqui esta el comprobante",
        "envie el comprobante", "te envie el comprobante", "mande el comprobante",
        "?comprobante*", "?voucher*", "adjunto el soporte", "transferencia enviada", "transferencia hecha",
        "cancelado el saldo", "saldo cancelado", "paz y salvo", "check your account", "check ur account", "transferencia ok $", "pago ok $", "deposito ok $", "ya page", "ya te page", "ya le page",
        "ya quedo la transferencia", "ya quedo el deposito", "ya quedo la consignacion", "ya quedo el abono", "adjunto soporte", "te envio el soporte",
        "soporte del pago", "soporte de pago", "soporte del primer pago", "soporte de la transferencia",
        "pase la mitad", "pase el anticipo", "pase la plata", "pase el dinero", "pase el pago",
        "pasamos la mitad", "pasamos el anticipo", "pago listo", "primer pago listo", "ya abone",
        "ya te abone", "hecho el pago", "ya lo pague", "ya la pague", "acabo de pag*", "acabo de transf*",
        "acabo de consig*", "acabo de depos*", "^ pague", "^ transferi", "^ consigne", "^ deposite",
        "its paid", "all paid", "paid in full", "just sent", "ive sent", "sent it", "wired", "transferred", "?te llego el pago", "?te llego la transferencia", "?te llego el comprobante",
        "?les llego el pago", "?les llego la transferencia", "?recibiste el pago",
        "?recibiste la transferencia", "?recibieron el pago", "?recibieron la transferencia",
        "i paid", "we paid", "just paid", "paid it", "payment sent", "payment done", "payment made",
        "sent the payment", "sent you the payment", "made the payment", "transfer done",
        "sent the transfer", "heres the receipt", "here is the receipt", "sent the receipt",
        "?did you get the payment", "?did you receive the payment",
        // Said as Latin America says it: "ya está pago", wallets and transfers by name.
        "ya esta pago", "ya quedo pago", "quedo pago", "quedo pagado", "ya quedo pagado",
        "ya realice la transferencia", "realice la transferencia", "ya hice el deposito",
        "hice el deposito", "realice el deposito", "ya hice la consignacion", "hice la consignacion",
        "realice la consignacion", "te hice la transferencia", "les hice la transferencia",
        "te hice el deposito", "te hice la consignacion", "te hice el giro", "ya gire", "te gire",
        "giro enviado", "te yapee", "ya te yapee", "yapeado", "te plinee", "ya te plinee",
        "te hice el sinpe", "ya te hice el sinpe", "captura del pago", "captura de la transferencia",
        "captura del deposito", "pantallazo del pago", "pantallazo de la transferencia",
        "?te llego el deposito", "?te llego la plata", "?te llego el dinero", "?te cayo la plata",
        "?les llego la plata", "?te llego la consignacion", "ya te cayo",
        "payment is done", "paid the deposit", "deposit sent", "deposit paid", "money sent",
        "sent via zelle", "zelle sent", "sent it via", "?did the transfer go through",
        "depositado", "depositada", "girado", "abonado", "ya se pago", "se pago el", "se pago la",
        // Paid by someone else for the client ("mi socio te giró", "mi hija te transfirió").
        "ya se pagó", "se pagó el", "se pagó la", "te pagó", "ya pagó", "les pagó", "te giró", "ya giró",
        "le pagó", "le giró", "le consignó", "le depositó", "le abonó", "les giró", "les consignó", "les depositó", "les abonó",
        "le transfirio", "les transfirio",
        "te consignó", "ya consignó", "te depositó", "ya depositó", "te abonó", "ya abonó", "te canceló",
        "te lo transfirio", "te la transfirio", "te lo pagó", "te lo depositó", "te lo giró", "te lo consignó",
        "check has been mailed", "check was mailed", "when it lands $", "when it hits $", "when it clears $", "mande la primera parte $", "te mande la primera parte $",
        "te pase la primera parte $", "ya van _ de _ cuotas", "ya van _ cuotas", "termine de pagar*", "terminamos de pagar*",
        "quedamos a mano", "estamos a mano", "were square", "lo veas reflejado", "la veas reflejada", "cuando se refleje",
        "cuando se vea reflejado", "te aparezca reflejado", "te aparezca reflejada", "when it shows up in your account", "ya no te debo", "no te debo nada", "ya no le debo", "no le debo nada",
        "ya no les debo", "quedamos al dia", "ya estamos al dia", "ya quedamos al dia", "ya estoy al dia con", "liquidado", "liquidada", "saldado", "saldada", "ya te liquide",
        "ya liquide", "te cai con", "ya esta lo del anticipo", "ya esta lo del pago", "ya quedo lo del anticipo", "ya quedo lo del pago",
        "listo lo del pago", "listo lo del anticipo", "ya esta lo de la transferencia", "ya esta lo del abono", "ya esta lo del saldo",
        "se le consignó", "se le consigno", "se le pagó", "se le giró", "se le transfirio", "se le depositó", "se te consignó",
        "se te pagó", "se te transfirio", "te lo transfirieron", "te lo depositaron", "te lo pagaron", "el check ya salio", "ya salio el check", "mande el check",
        "mailed the check", "sent the check", "check is in the mail", "te transfirio", "ya transfirio", "les transfirio", "te pagaron", "te depositaron", "te transfirieron",
        "te consignaron", "te giraron", "acaba de pag*", "acaba de transf*", "acaba de consig*", "acaba de depos*",
        "acaban de pag*", "acaban de transf*", "acabo de yape*", "acabo de plin*", "acabo de gir*", "acabo de abon*",
        "se realizo el pago", "se realizo la transferencia", "ya abonamos", "ya depositamos",
        "ya consignamos", "ya giramos", "ive paid", "weve paid", "already paid", "has been paid",
        "been paid", "ive transferred", "weve transferred", "went through",
        "quedo el pago", "quedo la transferencia", "quedo hecho el pago", "listo pague", "listo transferi",
        "listo deposite", "listo consigne", "ok pague", "transferencia lista", "deposito listo",
        "consignacion lista", "deposit is in", "payment is in", "money is in", "transfer is in", "funds are in",
        "^ paid", "ok paid", "paid the", "confirmation attached", "payment confirmation", "proof of payment",
        "should be in your account", "paypal receipt", "funds are in",
        "deposit is in", "payment is in", "venmod you", "zelled you", "ejecuto la transferencia", "ejecuto el pago", "ejecutamos la transferencia", "ejecutamos el pago", "se ejecuto el pago",
        "se ejecuto la transferencia", "transferencia ejecutada", "pago ejecutado", "ya me debitaron", "me debitaron de", "ya me descontaron", "me descontaron de", "el banco ya me desconto",
        "el banco me desconto", "ya me desconto el banco", "ya se debito", "ya se desconto", "se desconto de mi", "se debito de mi",
        "ya me cobraron de", "ya me hicieron el cargo", "charged my card", "card was charged", "card got charged", "was debited",
        "salio de mi cuenta", "ya salio de mi cuenta", "salio de mi banco", "left my account", "ya quedo saldado", "saldado",
        "receipt attached", "payment is on its way", "moneys on its way", "money is on its way",
        "transfer is on its way", "payments on its way", "transfers on its way", "payment went out", "transfer went out",
        "wire went out", "settled the invoice", "settled the bill", "settled the balance", "invoice paid", "invoice is paid",
    ]),
    (Act::Committed, &[
        "la hacemos $", "quedamos asi $", "?contrato firmado", "hacemos trato", "hagamos trato", "?reunion de inicio", "?reunion de arranque", "?llamada de inicio", "kickoff",
        "kick off", "onboarding", "?formulario de inicio", "lo lleno hoy", "la lleno hoy", "?para llenarlo", "?para llenarla",
        "te doy acceso", "te doy los accesos", "?te paso los accesos", "?te mando los accesos", "?los accesos del",
        "te agregue al grupo", "para coordinar la", "te di acceso", "la aceptacion de", "confirmamos la aceptacion", "adjunto orden de compra",
        "adjunto la orden de compra", "adjuntamos la orden de compra", "adjuntamos orden de compra", "orden de compra adjunta",
        "les envio la orden de compra", "le envio la orden de compra", "te envio la orden de compra", "para que vayas armando", "para que vayas haciendo", "para que empieces",
        "para que arranques", "para que comiences", "para que inicies", "para que vayas empezando", "para que vayas arrancando",
        "para que vayas avanzando", "para que vayas adelantando", "para que vayan empezando", "para que vayan avanzando",
        "?formulario para llenar", "?el brief para llenar", "?a nombre de quien sale la factura", "?a nombre de quien va la factura",
        "?la factura a nombre de", "la factura sea a nombre", "facturar a nombre de", "factura a nombre de", "para que vayan armando", "para que vayan haciendo",
        "para que empiecen", "para que arranquen", "para que comiencen", "so you can start", "so you can get started", "empezaremos", "arrancaremos", "comenzaremos", "iniciaremos", "haremos la", "haremos el",
        "lo haremos", "la haremos", "contrataremos", "avanzaremos", "trato cerrado", "negocio cerrado", "cerrado el trato", "deal closed", "good to go", "book us", "book me", "tomo la oferta", "tomo la propuesta", "voy con todo", "lo hago $", "la hago $", "?que sigue $", "?que sigue ahora", "?y ahora que sigue", "whats next", "hagamoslo", "hagamos lo", "hagamolo", "hagamola", "haganla", "haganlo", "lo hacemos", "hagamos la", "hagamos el",
        "vamos a contratar", "quiero contratar", "queremos contratar",
        "lo tomo", "la tomo", "lo tomamos", "me lo llevo", "me la llevo", "me los llevo", "nos lo llevamos", "nos la llevamos",
        "me lo quedo", "me la quedo", "nos lo quedamos", "nos la quedamos", "acepto", "aceptamos", "cerramos el trato", "cerramos trato", "cerremos", "cerramos entonces",
        "arranca nomas", "arranquen nomas", "empeza nomas", "empiecen nomas", "dale nomas", "hacelo nomas", "hacela nomas",
        "metele nomas", "hacemos asi $", "lo hacemos asi", "vamos con eso $", "vamos con esa $", "vamos con ese $", "vamos a eso $",
        "hagamos eso $", "hagamos esto $", "hagamos asi $", "vamos con eso entonces", "hagamos eso entonces", "hagamos asi entonces", "trato hecho", "tenemos un trato", "tenemos trato", "es un trato", "hay trato", "we have a deal", "its a deal", "empecemos", "arranquemos", "arrancamos", "comencemos", "de una vez $",
        "dale de una", "te pago", "les pago", "le pago", "te cancelo", "le cancelo", "les cancelo", "te transfiero", "te consigno", "te deposito",
        "te hago la transferencia", "te hago el pago", "hago el pago", "pago la primera",
        "pago el anticipo", "pago la mitad", "te mando el anticipo", "te envio el anticipo",
        "?como te pago", "?como les pago", "?como le pago", "?como pago el", "?como pago la",
        "?como hago el pago", "?como hago para pagar", "?donde te pago", "?donde pago",
        "?mandame la factura", "?enviame la factura", "?pasame la factura", "?me mandas la factura",
        "cerramos en", "cerramos asi", "hagale", "hagamosle", "dale pues",
        "vamos a hacer*", "aprobado", "aprobada", "aprobados", "aprobadas", "aprobo", "aprobaron", "aprobamos", "apruebo",
        "aprobe", "aprobadisimo", "procedemos", "procede", "proceda", "procedan", "procedamos", "proceder", "procedo", "procederemos", "procedera",
        "procederan", "procedimos", "proceed $", "proceed with the", "lets proceed", "well proceed",
        "proceeding", "tomarla", "tomarlo", "si quiero", "si vamos",
        "lets go", "go for it", "book it", "hagamosla", "quiero contratar*", "queremos contratar*",
        "los contrato", "te contrato", "empezamos", "separame", "apartame", "reservame", "reservamelo", "reservamela", "apartamelo", "apartamela", "separamelo", "separamela", "te separo",
        "separo el cupo", "contamos contigo", "contamos con ustedes", "^ confirmamos $", "^ confirmo $", "me anotas", "anotame", "me apuntas", "apuntame", "me separas", "me reservas",
        "dale para adelante", "vamos para adelante", "sigamos para adelante", "dale pa adelante",
        "dale palante", "vamos palante", "que se haga", "hagase",
        "?te firmo", "?firmo $", "?firmo el", "?firmo algo", "me anoto", "nos anotamos", "cuenta con nosotros", "cuenten con nosotros",
        "si queremos", "nos animamos", "me animo", "me anime", "y cerramos", "?cuando firmamos",
        "?donde firmo", "?donde firmamos", "firmamos", "?para empezar $", "?para arrancar $", "?para arrancar con la", "?para arrancar con el", "?para empezar con la", "?para empezar con el", "move forward", "ready to go", "where do i sign", "?a que cuenta", "?a cual cuenta", "?numero de cuenta", "?pasame la cuenta",
        "?pasame los datos", "?mandame los datos", "?enviame los datos", "?dame los datos",
        "?mandame la cuenta", "?enviame la cuenta", "?me pasas la cuenta", "?me pasas los datos",
        "?me envias los datos", "?me mandas los datos", "me apunto", "cuenta conmigo", "contratado", "adelante con",
        "dale con", "lets do it", "go ahead", "its a deal", "deal $", "count me in $", "count us in $", "count me in for the plan", "count me in for the * plan", "count me in for the * package",
        "count me in for the website", "count me in for the site", "count me in for the * site", "count me in for the store", "count us in for the * plan", "were in $",
        "ill take it", "we will take", "well take", "sign me up", "send me the invoice",
        "send the invoice", "ill pay", "well pay", "ready to start", "lets start",
        "avancemos", "quiero avanzar", "queremos avanzar", "sigamos adelante", "seguimos adelante",
        "vamos adelante", "me convenciste", "me convencieron", "nos convenciste", "nos convencieron",
        "quiero el plan", "queremos el plan", "me quedo con el plan", "nos quedamos con el plan",
        "?que necesitas para empezar", "?que necesitan para empezar", "?que necesita para empezar",
        "?que necesitas para arrancar", "?cual es el siguiente paso", "?cuales son los siguientes pasos",
        "?para la factura", "?para facturar", "?datos de facturacion", "?ya puedo mandarte", "?ya te puedo mandar",
        "?ya puedo enviarte", "?ya te puedo enviar", "?need from me", "?to get started", "?to get this started",
        "?apenas te pague", "?en cuanto te pague", "?apenas te transfiera", "?como hacemos $", "?como seguimos $",
        "po attached", "please start $", "please start work", "please start on", "purchase order attached", "ill sign", "send me the agreement", "send the agreement",
        "approved for payment", "move ahead",
        "?como procedemos", "?como avanzamos", "?arrancamos $", "?empezamos $", "?comenzamos $", "?le damos $",
        "lets roll", "your hired", "youre hired", "take my money", "?when do we kick off", "?kick off $", "lets kick off",
        "^ arranca $", "^ arranquen $", "^ empieza $", "^ empiecen $", "^ comienza $", "con eso estamos $",
        "confiar en ustedes", "confiamos en ustedes", "confio en ustedes", "confiar en ti", "dar la oportunidad",
        "darles la oportunidad", "les damos la oportunidad", "como un si $", "es un si $", "consideralo hecho",
        "me la juego", "nos la jugamos", "mandame lo que necesites", "dime que necesitas", "ya junte la plata", "?que sigue $", "dice que esta bien $", "dijo que esta bien $",
        "dice que le demos", "dijo que le demos", "dice que le damos", "dijo que le damos", "dice que lo hagamos", "dijo que lo hagamos",
        "dijeron que lo hagamos", "dice que va $", "dijo que va $", "said to go ahead", "says to go ahead",
        "?como seguimos", "?como procedemos", "?como arrancamos", "?como empezamos",
        "?me mandas el link de pago", "?mandame el link de pago", "?pasame el link de pago",
        "?link de pago", "?me pasas el nequi", "?pasame el nequi", "?me pasas el yape", "?a que nequi",
        "va que va", "sale pues", "orale pues", "andale pues", "me late $", "cerrado entonces", "^ va $", "^ va pues",
        "^ a darle $", "a darle nomas", "a darle pues", "vamos a darle $", "a darle con todo",
        "lets proceed", "like to proceed", "want to proceed", "were ready", "what are the next steps",
        "how do we get started", "send me the payment link", "send the payment link",
        "you got the job", "youve got the job",
        "lo quiero $", "la quiero $", "lo queremos $", "la queremos $", "lo quiero ya", "la quiero ya",
        "lo quiero para", "la quiero para", "quiero empezar", "queremos empezar", "quiero arrancar",
        "queremos arrancar", "quiero comenzar", "queremos comenzar", "?cuando podemos empezar",
        "?cuando podemos arrancar", "?cuando podemos comenzar", "?cuando empezamos", "?cuando arrancamos",
        "?cuando iniciamos", "?cuando inician", "?cuando podemos iniciar", "iniciemos", "inicien cuando", "inicien ya",
        "pueden iniciar",
        "puedes iniciar", "podemos iniciar", "?para que arranques", "?para que empieces", "?para que comiences",
        "para que inicies", "para que arranquen", "para que empiecen", "comenza cuando", "empeza cuando",
        "arranca cuando", "arranquen cuando", "empiecen cuando", "hacela", "hacelo", "metele", "dale nomas",
        "dale no mas", "que me la hagas", "que me lo hagas", "que nos la hagan", "que nos lo hagan",
        "que me la hagan", "que ustedes la hagan", "que ustedes lo hagan", "visto bueno", "luz verde", "green light",
        "dale que sea", "ok que sea", "bueno que sea", "listo que sea", "va que sea", "^ que sea $", "que sea entonces",
        // Said by a company: accepted, a purchase order, a payment scheduled.
        "ha sido aceptada", "ha sido aceptado", "fue aceptada", "fue aceptado", "damos por aceptada", "damos por aceptado",
        "ha sido aprobada", "ha sido aprobado", "orden de compra ya", "emitida la orden", "emitimos la orden",
        "adjunto la orden de compra", "adjuntamos la orden de compra", "enviara la oc", "le enviara la orden",
        "te enviara la orden", "generamos la orden de compra", "se programo el pago", "programamos el pago",
        "pago programado", "pago quedo programado", "purchase order",
        "firme el contrato", "ya firme", "firmamos el contrato", "ya firmamos", "te devolvi el contrato", "firmado y enviado",
        "firmada y enviada", "ya lo firme", "ya la firme", "te lo envie firmado", "te la envie firmada", "va firmado", "ya esta firmado",
        "ya esta firmada", "^ firmado $", "^ firmada $", "signed and sent", "signed it",
        "?when can you start", "?when can we start", "?when do we start", "?how soon can you start", "lock it in",
        "lets lock", "book it", "book us in",
        "signed the contract", "signed the agreement", "ive signed", "weve signed", "ya llene el formulario",
        "ya complete el formulario",
        "dice que adelante", "dijo que adelante", "dicen que adelante", "dijeron que adelante", "dice que dale",
        "dijo que dale", "dice que si $", "dijo que si $", "dijeron que si $", "dicen que si $", "says go ahead",
        "said go ahead", "said yes", "says yes",
        "de acuerdo con los terminos", "de acuerdo con las condiciones", "de acuerdo con la propuesta",
        "de acuerdo con la cotizacion", "de acuerdo con todo", "de acuerdo en todo", "conformes con todo", "conforme con todo",
        "conforme con la propuesta", "conformes con la propuesta", "todo conforme", "agree with everything", "aceptamos los terminos", "acepto los terminos", "confirmar la contratacion",
        "confirmamos la contratacion", "confirmo la contratacion", "confirmamos el pedido", "confirmo el pedido",
        "confirmamos la compra", "avanzamos con ustedes",
        "going ahead", "make it happen", "got a deal", "gustaria avanzar", "gustaria proceder",
        "gustaria contratar", "gustaria comenzar", "gustaria empezar", "gustaria arrancar", "gustaria iniciar",
        "deseamos avanzar", "deseamos proceder", "deseamos contratar", "deseo contratar", "queremos proceder",
        "quiero proceder", "listos para comenzar", "listos para empezar", "listos para arrancar", "listos para iniciar",
        "lista para comenzar", "listo para comenzar", "lista para empezar", "listo para empezar", "tomamos la opcion",
        "tomamos el plan", "tomamos la propuesta", "tomamos la oferta", "tomo la opcion", "tomo el plan",
        "damos para adelante", "?cuando comenzamos", "?cuando empiezan", "?cuando arrancan", "?cuando comienzan", "empiecen",
        "arranquen", "comiencen", "cuenten conmigo", "cuente conmigo", "cuente con nosotros", "cuenten con nosotros", "cuenta con nosotros",
        "cuenta conmigo", "me interesa contratar*",
        "nos interesa contratar*", "voy a contratar*", "vamos a avanzar", "voy a avanzar",
        "vale adelante", "ok adelante", "listo adelante", "dale adelante", "si adelante", "^ adelante",
        "adelante pues", "adelante entonces", "?para firmar", "lets do this", "im in $", "count us in",
        "when can we start", "when do we start", "dale va", "orale va", "ok va", "si va", "listo va",
        "bueno va", "^ vamos $", "le entramos", "le entro $", "le damos $", "le damos nomas", "le damos con", "de una $", "hazla $", "hazla nomas", "hazla ya", "hazlo $", "hazlo nomas", "hazlo ya", "hagala $",
        "haganla $", "haganlo $", "vamos para adelante", "para adelante con", "^ entonces va $", "^ entonces dale $", "^ entonces si $", "vamos a darle", "demosle", "vamos con todo", "book me in",
        "book us in", "go with you", "going with you", "go ahead with you", "lo contrato", "la contrato",
        "lo contratamos", "cerramos $", "dale cerramos", "move ahead", "moving ahead", "moving forward",
        "me voy a animar", "nos vamos a animar", "we accept the", "we accept your", "i accept the", "i accept your", "we accept $",
        "i accept $", "dale que si",
        "convinced me", "youve convinced", "lo compro", "la compro", "lo compramos", "la compramos",
        "ill take the", "well take the", "ill go with the", "well go with the", "lets get started",
        "lets get going", "lets begin", "lets kick off", "cant wait to start", "cant wait to get started",
        "im sold $", "were sold $", "please proceed $", "please proceed with the", "you can proceed", "sign us up", "get this started", "get it started",
        "get the ball rolling", "were on board", "im on board", "on board $", "you can start", "you can begin",
        "you can go ahead", "approved", "pueden empezar", "puedes empezar", "pueden arrancar", "puedes arrancar",
        "pueden comenzar", "puedes comenzar",
    ]),
    (Act::Decided, &[
        "go with", "gonna go with", "will go with", "going to go with",
        "al final", "vamos con", "lo hago con", "lo hacemos con", "lo voy a hacer con", "decidimos", "decidi", "nos decidimos", "me decidi", "optamos", "opte", "elegimos",
        "decidido", "nos decantamos", "me decante", "trabajaremos con", "vamos a trabajar con",
        "se inclino por", "se inclinaron por", "nos inclinamos por", "me incline por", "se decanto por", "se decantaron por",
        "elijo", "elegi", "escojo", "escogi", "escogemos", "se eligio", "se escogio", "se decidio por", "firme con",
        "seguimos con", "sigo con", "seguiremos con", "lo seguimos con", "la seguimos con", "continuamos con",
        "escogimos", "nos vamos con", "nos quedamos con", "nos fuimos con", "me quedo con",
        "me voy con", "me quede con", "ahi la voy a hacer", "ahi lo voy a hacer", "ahi la hago", "la hice con", "lo hice con", "la arme con", "lo arme con", "vamos a ir con", "nos vamos a ir con", "voy a ir por", "vamos a ir por", "me voy por", "me voy a ir por", "contratamos", "ya contratamos",
        "ya contrate", "ya conseguimos", "ya consegui", "decided", "we chose",
        "went with", "going with", "we hired", "sticking with", "stick with our", "staying with our", "stay with our", "different direction with", "partner with another", "partnering with another", "hired", "we signed with",
        "se lo dimos a", "se la dimos a", "le dimos el proyecto", "les dimos el proyecto",
        "nos comprometimos con", "me comprometi con", "estamos comprometidos con", "ya tenemos compromiso con",
        "le dimos la palabra", "le di mi palabra", "le di la palabra", "les dimos la palabra", "le dimos nuestra palabra",
        "lo resolvimos con", "me fui con", "me fui por", "me voy a ir con", "ya tenemos proveedor", "ya tenemos agencia",
        "ya tengo proveedor", "ya tengo a alguien", "ya tenemos a alguien",
        "gave it to", "gave the project to", "found someone",
        "cerramos con", "firmamos con", "vamos a hacer con", "la vamos a hacer con",
        "lo vamos a hacer con", "la voy a hacer con", "la hacemos con", "nos fuimos por", "nos vamos por",
        "fuimos por", "contrate a", "contrate un", "contrate una", "contratamos a", "contratamos un",
        "ya lo contrate", "ya la contrate", "ya lo contratamos", "ya la contratamos", "contrate el", "contrate la",
        "contratamos el", "contratamos la", "me conecte con", "nos conectamos con",
        "contrató a", "contrató un", "contrató una", "contrató otra", "contrataron a", "contrataron un",
        "contrataron una", "contrataron otra",
    ]),
    (Act::Covered, &[
        "ya la mande a hacer", "ya lo mande a hacer", "ya la mandamos a hacer", "ya lo mandamos a hacer", "ya la encargue",
        "ya lo encargue", "ya la encargamos", "ya lo encargamos", "encargue la pagina a", "encargamos la pagina a",
        "ya lo arregle con otro", "ya lo arregle con otra", "ya lo arreglamos con otro", "ya lo arreglamos con otra",
        "ya lo tengo resuelto", "ya lo tengo solucionado", "ya lo tengo cubierto", "lo tengo resuelto",
        "ya lo resolvimos", "ya lo solucionamos", "ya lo resolvi", "ya la resolvi", "ya lo solucione", "fue por otro lado",
        "salio por otro lado", "lo conseguimos por otro lado", "lo consegui por otro lado", "lo hicimos por otro lado", "ya lo tenemos resuelto", "ya lo tenemos solucionado", "ya esta resuelto",
        "ya esta solucionado", "ya estamos cubiertos", "ya estamos cubiertas", "ya tenemos eso cubierto", "ya lo tenemos cubierto",
        "ya tenemos cubierto", "se dio por otro lado", "se resolvio por otro lado", "ya tenemos pagina", "ya tenemos web",
        "ya tenemos sitio", "ya tengo pagina", "ya tengo web", "ya tenemos la pagina", "ya tenemos la web", "ya tengo la pagina",
        "got it covered", "were covered", "already sorted", "already taken care of", "already have a website",
        "already have a site", "already have one",
        // Given for nothing by someone else ("el menú me lo dio gratis la app de delivery").
        "me lo dio gratis", "me la dio gratis", "nos lo dio gratis", "nos la dio gratis", "me lo dieron gratis",
        "me la dieron gratis", "nos lo dieron gratis", "nos la dieron gratis", "me lo dan gratis", "me la dan gratis",
        "nos lo dan gratis", "nos la dan gratis", "viene gratis con", "me lo regalaron", "me la regalaron",
        "nos lo regalaron", "nos la regalaron", "comes free with", "gave it to us for free", "gave us one for free",
    ]),
    // Picking, said formally: only ever someone else's offer by itself ("hemos optado por
    // otro proveedor"); "seleccionamos las fotos" is nothing.
    (Act::Picked, &[
        "optado", "elegido", "escogido", "seleccionamos", "seleccionado", "seleccionada", "adjudicamos", "adjudicado",
        "adjudicada", "adjudico", "opto por", "optaron por", "se opto por", "gano", "ganaron", "nos convencio mas", "me convencio mas",
        "nos cerro mas", "me cerro mas", "me gusto mas", "nos gusto mas", "preferimos a", "prefiero a", "preferimos trabajar con",
        "prefiero trabajar con", "preferimos ir con", "prefiero ir con",
    ]),
    (Act::Elsewhere, &[
        "me la estaba haciendo", "me lo estaba haciendo", "nos la estaba haciendo", "me la estaban haciendo",
        "doing it $", "diy", "doing it for free", "doing it for us", "doing it for me", "me la regala", "nos la regala", "me la regalan", "nos la regalan",
        "me la regalo", "me lo regalo", "nos la regalo", "nos lo regalo", "me la va a regalar", "me lo va a regalar", "familia es familia",
        "la va a armar", "lo va a armar", "nos la va a armar", "me la va a armar", "la van a armar", "lo van a armar", "tercerizar", "tercerizamos", "tercerizarlo",
        "outsource", "outsourcing", "ya estamos trabajando", "estamos trabajando con", "estoy trabajando con", "se encarga",
        "se va a encargar", "se encargara", "se esta encargando",
        "arme la", "arme el", "arme mi", "me arme", "armamos la", "hice una", "me hice una", "me hice la", "cree una",
        "cree la", "monte la", "monte una", "voy a usar", "usare",
        "terminamos haciendo", "terminamos contratando", "terminamos con", "termine con", "ended up", "hiring",
        "lo esta haciendo", "la esta haciendo", "lo estamos haciendo", "la estamos haciendo", "estamos trabajando con",
        "lo estoy haciendo con", "la estoy haciendo con", "lo estan haciendo", "la estan haciendo",
        "me la armo", "nos la armo", "la armo", "lo armo", "me la armaron", "nos la armaron",
        "la hicieron", "lo hicieron", "nos la hicieron", "nos lo hicieron", "trabajamos con",
        "ya trabajamos", "encontramos", "encontre", "conseguimos", "consegui", "nos salio",
        "me salio", "la tenemos con", "lo tenemos con", "la tengo con", "lo tengo con", "la tengo _ con", "lo tengo _ con", "la tenemos _ con",
        "lo tenemos _ con", "nos cerro", "me cerro", "dimos el trabajo",
        "le dimos", "les dimos", "le di el trabajo", "le di el proyecto", "les di el trabajo", "les di el proyecto",
        "se lo di a", "se la di a", "found",
        "going to build", "gonna build", "will build", "is building", "are building", "going to make it",
        "going to do it", "is going to do", "are going to do", "will do it for", "were working with", "signed with", "nos hizo", "me hizo", "nos la hace",
        "nos lo hace", "me la hace", "me lo hace", "nos entrego la", "me entrego la", "ya nos entrego", "ya me entrego",
        "la publicaron", "lo publicaron", "nos la estan terminando", "me la estan terminando", "la estan terminando",
        "me la dejo lista", "nos la dejo lista", "me la dejaron lista", "nos la dejaron lista", "me suscribi", "nos suscribimos", "me la incluye", "nos la incluye",
        "me la incluyen", "nos la incluyen",
        "nos hicieron", "me hicieron", "lo resolvimos", "la resolvimos", "lo solucionamos",
        "la va a hacer", "lo va a hacer", "la van a hacer", "lo van a hacer", "la hara", "lo hara", "nos va a hacer",
        "me va a hacer", "nos van a hacer", "me van a hacer",
        // Someone doing it for the client: who, the message says (or the next one).
        "nos la esta armando", "me la esta armando", "la esta armando", "lo esta armando", "nos la estan armando",
        "nos la esta haciendo", "nos lo esta haciendo", "ya nos la hace", "nos la hizo", "nos lo hizo",
        "me la hizo", "me lo hizo", "me la esta haciendo", "ya la esta haciendo", "nos lo va a hacer",
        "nos la va a hacer", "me lo va a hacer", "me la va a hacer",
        "la hice", "lo hice", "la hicimos", "lo hicimos", "la arme", "la armamos",
        "vamos a usar", "usaremos", "lo hacemos en", "la hacemos en", "lo vamos a hacer en",
        "la vamos a hacer en", "en lugar de ustedes", "en vez de ustedes",
        "instead", "were using", "we are using", "well use", "going to use", "gonna use",
        "la hizo", "lo hizo", "nos la entrego", "nos lo entrego", "nos la entregaron", "nos lo entregaron",
        "is doing it", "are doing it", "is building it", "are building it", "built it", "already built",
        "did it for us", "made it for us", "we took it", "we took their", "took their offer",
    ]),
    // Someone else has the job, said without naming them.
    (Act::ChoseCompetitor, &[
        "le di el si a otr*", "les di el si a otr*", "le dimos el si a otr*", "les dimos el si a otr*", "le di el si a la otr*",
        "le dimos el si a la otr*", "ya nos atiende otr*", "ya me atiende otr*", "nos atiende otr*", "nos atienden otr*",
        "asignad* a otra empresa", "asignad* a otra firma", "asignad* a otra agencia", "asignad* a otro proveedor",
        "adjudicad* a otr*", "se eligio a otro proveedor", "se eligio a otra empresa", "se eligio a otro oferente",
        "otro oferente", "otro proponente",
        "engaged another", "alla la voy a hacer", "alla lo voy a hacer", "me voy para alla", "me voy pa alla", "alla la hago",
        "ya le dije que si", "ya les dije que si", "seguimos con la otra", "seguimos con el otro", "seguimos con los otros", "seguimos con ellos",
        "continuamos con la otra", "continuamos con el otro", "seguiremos con la otra",
        "consegui quien", "conseguimos quien", "encontre quien", "encontramos quien", "di con quien",
        "nos la incluyeron", "me la incluyeron", "nos lo incluyeron", "me lo incluyeron", "viene incluida con",
        "venia incluida con", "nos la dieron gratis", "me la dieron gratis",
        "ya adjudicamos", "ya se adjudico", "ya fue adjudicado", "ya fue adjudicada",
        "proveedor asignado", "agencia asignada", "obliga a usar", "obligan a usar", "tenemos que usar su", "debemos usar su",
        "already got someone", "got someone on", "got someone else",
        "haciendo otro $", "haciendo otra $", "la hace otro $", "lo hace otro $", "la hizo otro $", "lo hizo otro $",
        "ya tenemos quien nos la", "ya tenemos quien nos lo", "ya tenemos quien la", "ya tenemos quien lo",
        "ya tengo quien me la", "ya tengo quien me lo", "ya tengo quien la", "ya tengo quien lo",
        "ya hay quien la", "ya hay quien lo", "already have someone",
    ]),
    (Act::CantGo, &[
        "no vamos a poder", "no voy a poder", "no podemos seguir", "no podemos continuar",
        "no podemos avanzar", "no puedo seguir", "no puedo continuar", "no podremos", "no podre",
        "no lo vamos a poder", "no lo voy a poder", "no podemos $", "wont be able", "cant go ahead", "cant move forward",
    ]),
    (Act::ContractWord, &[
        "contrato", "contract", "orden de compra", "purchase order", "orden de servicio", "orden de trabajo", "work order",
    ]),
    (Act::Rejected, &[
        "no me interesa", "no nos interesa", "no es de nuestro interes", "no es de mi interes", "ni en el mediano plazo",
        "ni a mediano plazo", "ni en el corto plazo", "ni a futuro", "ni en el futuro", "ya no me interesa", "mejor no",
        "lo vamos a dejar", "lo dejamos $", "mejor lo dejamos", "lo dejo ahi", "dejarlo asi", "dejarla asi",
        "no esta en mis planes", "no esta en nuestros planes", "no esta en los planes", "no entra en mis planes",
        "no entra en nuestros planes", "no quiso $", "no quisieron $", "have to decline", "must decline", "will decline",
        "we decline", "going to decline", "respectfully decline", "politely decline", "not doing the", "not doing a",
        "wont be doing", "lo dejamos asi", "lo dejamos ahi", "vamos a dejarlo", "dejemoslo",
        "no vamos a seguir", "no seguimos", "no vamos a continuar", "descartamos", "desistimos", "desisti", "ya desisti",
        "igual no me da", "igual no me alcanza", "igual no puedo", "igual no me sirve", "aun asi no", "aun asi no me",
        "no vale la pena", "no me vale la pena", "no nos vale la pena", "not worth it",
        "no me llama la atencion", "no nos llama la atencion", "no es prioridad $", "no es prioridad para", "no es prioridad ahora", "no es una prioridad $", "no es una prioridad para", "no aplica para",
        "no nos aplica", "lo dejo pasar", "lo dejamos pasar", "la dejo pasar", "la dejamos pasar",
        "desisto", "cancelamos", "cancelo", "ya no lo necesito", "ya no la necesito",
        "ya no necesito", "ya no lo vamos", "no lo voy a hacer", "no lo vamos a hacer", "no la voy a hacer", "no la vamos a hacer",
        "no va a ser posible", "no sera posible", "decidimos no", "decidi no", "no vamos a hacer",
        "optamos por no", "opte por no", "elegimos no", "preferimos no", "rechazamos", "rechazo la", "rechazo su", "rechazar la",
        "rechazar su",
        "no, gracias $", "no, gracias de", "no gracias de", "no, gracias igual", "no gracias igual", "no, gracias ya", "no, gracias estamos", "no, gracias no", "no gracias $",
        "no gracias ya", "cancelar el proyecto", "cancelemos", "se cancelo el proyecto", "el proyecto se cancelo", "se canceló el proyecto", "el proyecto se canceló",
        "proyecto cancelado", "el proyecto quedo cancelado", "se suspendio el proyecto", "suspendemos el proyecto",
        "suspendimos el proyecto", "se cayo el proyecto", "el proyecto se cayo", "project was cancel*", "project got cancel*",
        "project is cancel*", "cancel the project", "cancelling the project", "canceling the project", "not interested", "no thanks", "well pass $", "well pass on", "well pass for", "well pass thanks", "we will pass $",
        "we will pass on", "ill pass $", "ill pass on", "ill pass for", "ill pass thanks", "ill pass this", "not going ahead",
        "decided not", "not moving forward", "wont be moving", "no es para nosotros", "no es viable", "declinamos",
        "declino", "no me convencio", "no nos convencio", "no me termino de convencer", "no nos termino de convencer",
        "no resulta viable", "no es factible", "no seria viable", "not viable", "not feasible", "^ no me sirve $",
        "^ no nos sirve $", "not a priority for", "not a priority $", "no continuaremos", "no vamos a proceder", "no procederemos", "wont move ahead",
        "not move ahead", "cant proceed $", "cannot proceed $", "not interested anymore",
        "no es para mi", "not for us", "not for me", "preferimos no", "prefiero no", "no continuar",
        "no continuamos", "olvidalo", "olvidelo", "no lo necesit*", "no la necesit*", "no necesitamos",
        "ya no quiero", "nos retiramos", "not this time", "no longer", "vamos a pasar",
        "resolver internamente", "internamente", "nosotros mismos", "lo hago yo mismo", "yo mismo lo hago",
        "lo haremos nosotros", "it in house", "in house instead", "keep it in house", "in house team", "our in house",
        "it internally", "handle it internally", "done internally", "ourselves",
        "no estamos interesados", "no estamos interesadas", "no estoy interesado",
        "no estoy interesada", "por ahora paso", "paso por ahora", "paso esta vez",
        "nos vamos a abstener", "vamos a desistir",
        "thanks but no", "not at this time", "decided against", "we are not interested",
        "lo vamos a descartar", "la vamos a descartar", "vamos a descartarlo", "vamos a descartarla",
        "lo descartamos", "la descartamos", "lo descarto", "descartado", "descartada",
        "ya no me hace falta", "ya no nos hace falta", "ya no hace falta", "ya no $",
        "no estamos para gastar", "no vamos a invertir", "no voy a invertir", "no nos vamos a meter",
        "no me voy a meter", "nah paso", "yo paso", "paso gracias", "^ paso $", "mejor paso",
        "creo que paso", "esta vez paso", "going to pass", "gonna pass", "have to pass",
        "no, gracias estoy", "no gracias estoy", "estoy bien asi", "estamos bien asi", "cancela todo",
        "cancelen todo", "cancela lo de", "cancelen lo de", "cancela el proyecto", "cancelen el proyecto",
        "olvidate", "olvidense", "no es lo que busc*", "no es lo que * buscando", "no es lo que necesit*", "not what were looking for",
        "not what im looking for", "not what we need",
        "not a fit", "not a good fit", "not the right fit", "not a great fit", "isnt a fit", "isnt the right fit", "isnt a good fit",
        "dont think this is a fit", "dont think its a fit", "dont think its the right fit", "not a match for us", "no encaja con nosotros",
        "no nos encaja", "no encaja con lo que", "no va con nosotros",
        "no es lo que queremos", "no es algo que necesit*", "no es algo que me interes*", "no es algo que nos interes*",
        "no es algo que busc*", "no es algo que quier*", "ni ahora ni despues", "ahora ni despues", "not something we need",
        "not something i need", "y no $", "dijo que no $", "dice que no $",
        "dijeron que no $", "decidio que no $", "decidieron que no $", "said no", "ya no voy a necesitar", "ya no vamos a necesitar", "ya no la vamos",
        "ya no lo voy", "ya no la voy", "al final no", "finalmente no", "decidimos que no", "decidi que no",
        "declin*", "hard pass", "well pass", "pass for now", "como un no $", "es un no $", "^ nones", "no va a haber", "isnt a fit", "not a fit", "not a good fit", "no me conviene una", "no nos conviene una", "no cuadra", "no nos cuadra", "no me cuadra", "lo siento no $", "sorry no $", "seguir como estamos",
        "seguimos como estamos", "quedarnos como estamos", "asi estamos bien $", "estamos bien asi", "fine as we are",
        "good as we are", "fine as is", "no le veo la necesidad", "no veo la necesidad", "no le veo sentido",
        "no me hace falta", "no nos hace falta", "no necesito una", "no necesitamos una", "ya no es necesario", "ya no es necesaria", "no es necesario ya", "no va $", "no da $", "ni de vaina", "ni de broma", "ni de chiste", "ni loco", "ni loca", "ni lo sueno", "ni en suenos", "ni muerto",
        "ni muerta", "ni por error", "ni pensarlo", "ni en pedo", "asi que paso", "entonces paso", "yo paso", "^ paso $",
        "^ paso gracias", "hold off for good", "holding off for good", "off for good", "sit this one out", "sitting this one out", "pass on this one", "mejor lo dejo $", "mejor la dejo $", "mejor lo dejamos $", "mejor la dejamos $", "mejor dejarlo $",
        "no necesito web", "no necesito pagina", "no necesito una web", "no necesito la web", "no necesito la pagina",
        "no necesito tienda", "no necesito sitio", "dont need a website", "dont need a site", "cero interes", "interes cero", "zero interest", "ya no tiene sentido", "no tiene sentido la pagina", "no tiene sentido la web",
        "no tiene sentido la tienda", "no tiene sentido hacer la", "no tiene sentido hacerla", "no tiene sentido hacerlo", "no tiene caso",
        "ya no tiene caso", "no le veo sentido", "no le veo caso", "doesnt make sense anymore", "ya no voy a abrir", "ya no vamos a abrir",
        "ya no voy a lanzar", "ya no vamos a lanzar", "ya no voy a seguir con", "ya no vamos a seguir con", "ni a palos", "no way", "no va mas", "adelante tampoco", "despues tampoco", "luego tampoco", "tampoco mas adelante", "tampoco despues", "^ ni asi", "ni aun asi", "^ ni con eso", "ni en cuotas", "decidio no", "decidieron no", "decidio que no", "decidieron que no", "determino no", "determinamos no",
        "determinaron no", "determine no", "determino que no", "determinaron que no", "resolvio no", "resolvimos no", "resolvieron no",
        "resolvio que no", "resolvieron que no", "asi que no $", "entonces no $",
        "vetoed", "lo veto", "la veto", "lo vetaron", "la vetaron", "veto el", "veto la",
        // Idioms of a deal that fell through.
        "no nos conviene", "no me conviene $", "no me conviene gracias", "no se va a dar", "no se dio", "no se pudo dar",
        "se cayo el proyecto", "se nos cayo", "proyecto se cayo", "se cae el proyecto", "ya no va $", "ya no va a ser",
        "dejalo asi", "dejemoslo asi", "lo dejamos aca", "lo dejamos aqui", "dejalo ahi", "cambiamos de opinion",
        "cambie de opinion", "me arrepenti", "nos arrepentimos", "me eche para atras", "nos echamos para atras",
        "me retracto", "changed our mind*", "changed my mind", "different direction", "another direction",
        "have to say no", "going to say no", "gonna say no", "tengo que decirte que no", "tengo que decir que no",
        "skip it", "well skip", "going to skip", "gonna skip", "skip this one", "not going to do it",
        "not gonna do it", "wont do it", "not doing it", "not a good fit", "not the right fit", "isnt a good fit",
        "need it anymore", "no longer need", "dont think its for", "dont think this is for", "lets drop it",
        "drop the project", "drop it $", "a no from", "its a no", "era solo para", "solo estaba averiguando", "solo estaba cotizando",
        "solo estaba preguntando", "was just asking", "just wanted a quote", "quedar con lo que tenemos",
        "quedamos con lo que tenemos", "seguir con lo que tenemos", "seguimos con lo que tenemos",
        "nos quedamos como estamos", "stick with what we have", "dejamos la idea", "abandonamos la idea",
        "dejamos de lado la", "no se va a poder", "no va a poder ser", "were all set $", "im all set $", "not gonna happen",
        "not going to happen", "no estamos en condiciones", "no estoy en condiciones",
        "no voy a hacer", "no la hago", "no puedo pagar eso", "no puedo pagarlo", "no puedo pagar tanto",
        "no podemos pagar eso", "no podemos pagarlo", "no lo hago $", "ya fue $", "the answer is no", "la respuesta es no",
        "not later either", "ni ahora ni despues", "ni ahora ni nunca", "were good $", "im good $", "no vamos a necesitar", "no voy a necesitar",
        "wont need it", "wont need the", "no va a hacer falta $", "no hara falta $", "^ lo dejo $", "indefinidamente",
        "indefinitely", "^ pass $", "nah were good",
    ]),
    (Act::Postponed, &[
        "imposible por ahora", "por ahora imposible", "imposible ahorita", "ahorita imposible", "imposible ahora", "ahora imposible",
        "imposible este mes", "imposible en este momento", "lo dejamos para", "dejarlo para", "lo dejo para", "dejame que pase", "deja que pase", "dejemos que pase",
        "dejame que pasen", "deja que pasen", "dejemos que pasen",
        "dejemoslo para", "en otro momento", "vamos a esperar",
        "prefiero esperar", "preferimos esperar", "voy a esperar", "mejor esperar", "mejor esperamos",
        "esperemos a", "esperemos al", "esperar al", "esperemos hasta", "hay que esperar a",
        "hablamos en", "hablamos el", "hablamos la", "hablemos la", "lo dejamos pendiente", "queda pendiente hasta",
        "dejarlo pendiente", "hablamos despues", "hablemos en",
        "hablemos el", "hablemos despues", "escribeme en", "escribeme el", "escribeme la",
        "contactame en", "el otro ano", "el proximo ano",
        "no es el momento", "no es buen momento", "ahora no $", "ahorita no $",
        "el ano que viene", "principios de ano", "inicios de ano", "el mes entrante", "para el otro mes", "el otro mes", "en pausa", "pausarlo", "pausarla", "pausemos", "lo pausamos",
        "hasta nuevo aviso", "lo dejamos quieto", "dejarlo quieto", "en suspenso", "queda suspendido", "queda suspendida", "lo suspendemos", "lo congelamos", "congelemos", "congelarlo", "lo vamos a congelar",
        "lo vemos en", "lo vemos el",
        "save up", "saving up", "suspender el proyecto", "vamos a suspender", "suspendemos", "lo suspendemos", "queda suspendido",
        "lo dejamos suspendido", "pausar el proyecto", "pausamos", "tengo que ahorrar", "tenemos que ahorrar", "voy a ahorrar", "vamos a ahorrar", "necesito ahorrar",
        "estoy ahorrando", "estamos ahorrando", "ando ahorrando", "primero ahorrar", "juntar plata", "juntar la plata", "retom*", "lo postergamos", "postergamos", "postergarlo",
        "lo aplazamos", "aplazamos", "aplazarlo", "lo posponemos", "posponemos", "posponerlo", "vamos a postergar",
        "vamos a posponer", "vamos a aplazar", "circle back", "touch base in", "touch base next",
        "despues de navidad", "despues de las fiestas", "despues de vacaciones", "en unos meses",
        "en un par de meses", "not now", "next year", "after the holidays",
        "in a few months", "put it on hold", "on hold", "postpone*",
        "wait until", "wait till", "hold off", "want to wait", "wants to wait", "rather wait", "pick this back up",
        "pick it back up", "pick this up again", "pick it up again",
        "revisit", "come back to this", "hold off", "not right now", "stand by", "standby", "en espera", "pick this up", "pick it up again", "pick back up", "need to wait",
        "have to wait", "lets wait", "wait until next", "wait till next", "on pause", "pause this", "pause it",
        "no por el momento", "por el momento no $", "de momento no $", "no de momento", "no por ahora",
    ]),
    // Later, said in passing: of the project only while nothing is decided ("más adelante
    // te paso el logo" after a yes is not putting the project off).
    (Act::Later, &[
        "mas adelante", "para despues", "cuando tenga", "cuando tengamos", "cuando cobre", "cuando me paguen",
        "cuando pase", "todavia no $", "aun no $", "not yet", "despues hablamos", "luego hablamos", "despues vemos", "ping me in", "couple months", "couple of months", "lets reconnect", "reconnect in", "back burner", "budget freeze", "a la vuelta te", "a la vuelta lo", "a mi vuelta", "no ahora", "not now", "retomaremos", "lo retomaremos", "despues lo vemos", "luego lo vemos", "despues la vemos", "luego la vemos",
        "luego vemos", "otro dia", "talk later", "maybe later", "later on", "hablamos despues", "hablemos despues",
        "escribeme despues", "escribeme mas", "te busco despues", "te busco mas adelante", "te escribo despues",
        "te escribo mas adelante", "lo vemos despues", "lo vemos luego", "maybe next", "a fin de mes",
        "a fin de ano", "a la vuelta de vacaciones", "a la vuelta de las vacaciones",
        "a la vuelta del viaje", "a mi regreso", "a mi vuelta", "cuando vuelva", "cuando regrese", "when im back",
        "when i get back", "despues de la quincena",
        "pasada la quincena",
    ]),
    // Asking not to be written to: said of the messages, never a word on its own
    // ("no me molesta pagar más", "quiero publicidad en Google", "sácame de la duda").
    (Act::Stop, &[
        "no me escribas", "no me escriban", "no me escriba $", "no me escriba mas", "no nos escriban",
        "no nos escribas", "no me vuelvas a escribir", "no me vuelvan a escribir", "no me vuelvas a contactar",
        "no me vuelvan a contactar", "deja de escribir*", "dejen de escribir*", "deja de mandar*", "dejen de mandar*",
        "no me contactes", "no me contacten", "no me contacte $", "no me contacte mas", "no me molestes",
        "no me molesten", "no me moleste $", "no me moleste mas", "no molesten", "deja de molestar", "dejen de molestar",
        "borra mi numero", "borren mi numero", "eliminen mi numero", "elimina mi numero", "borrame de", "borrenme de",
        "sacame de la lista", "sacame de tu lista", "sacame de sus", "saquenme de", "no me manden mas",
        "no me mandes mas", "no me manden publicidad", "no me manden mensajes", "no quiero que me manden",
        "no quiero que me escriban", "no quiero mas mensajes", "no mas mensajes", "no quiero publicidad",
        "no mas publicidad", "esto es spam", "es spam $", "^ spam $", "^ stop $", "please stop", "stop texting",
        "stop messaging", "stop writing", "stop contacting", "stop sending", "unsubscribe", "dont contact",
        "dont text me", "dont message me", "leave me alone",
    ]),
];

/// Verbs of having sent something, and money words that make it a payment.
const SENT: &[&str] = &[
    "di", "dimos", "tire", "envie", "enviamos", "mande", "mandamos", "pase", "pasamos", "transferi", "consigne", "deposite",
    "puse", "pusimos", "meti", "metimos", "deje", "dejamos",
    "gire", "giramos", "yapee", "yapeamos", "plinee", "cancele", "abone", "abonamos",
    "sent", "wired", "transferred",
];
const MONEY: &[&str] = &[
    "plata", "dinero", "pago", "anticipo", "mitad", "cuota", "abono", "transferencia", "consignacion",
    "giro", "deposito", "nequi", "yape", "plin", "sinpe", "zelle", "daviplata", "paypal", "mercadopago",
    "adelanto", "lana", "billete", "guita", "voucher", "recibo", "comprobante", "mil", "pesos", "soles",
    "dolares", "dolar", "usd", "lucas", "colones", "quetzales", "lempiras", "bolivares", "reales",
    "payment", "payments", "deposit", "money", "half", "installment", "receipt", "transfer", "wire",
    "funds", "moneys", "cashapp", "venmo", "saldo", "faltaba", "faltante", "diferencia", "spei", "pse", "efecty", "remitly", "bizum", "wise",
    "moneygram", "western", "tigo", "oxxo", "ach", "sena", "pisto", "varo", "resto", "usdt", "usdc", "binance", "cripto",
    "bitcoin", "btc", "mangos", "uala", "brubank", "efectivo",
];

/// Those who could build the site instead of us.
const PROVIDERS: &[&str] = &[
    "agencia", "empresa", "proveedor", "freelance", "freelancer", "disenador",
    "programador", "desarrollador", "persona", "cunado", "sobrino", "primo", "amigo",
    "voluntario", "conocido", "conocida", "alguien", "chico", "chica", "amiga", "disenadora", "buddy", "buddys", "guy", "pibe", "piba", "chamo", "chama", "chavo", "chava", "vendor", "pata", "causa", "pana", "cuate",
    "compa", "parcero", "parce", "compadre", "hija", "hijo", "hermano", "hermana", "tio",
    "tia", "prima", "sobrina", "yerno", "nieto", "nieta", "agencias", "empresas", "proveedores",
    "competencia", "plantilla", "template", "godaddy", "wordpress", "squarespace", "tiendanube", "jimdo",
    "hostinger", "canva", "fiverr", "upwork", "workana", "webflow", "webnode", "framer", "carrd", "weebly", "provider", "competitor", "competition", "someone", "nephew", "cousin", "friend", "brother", "sister",
    "son", "daughter", "uncle", "aunt", "partner", "husband", "wife", "cousins", "friends", "brothers", "sisters", "nephews", "esposo", "esposa", "socio", "socia", "pareja", "novio",
    "ingeniero", "ingeniera", "chero", "carnal", "bro", "plataforma", "community", "artificial", "chatgpt", "gpt",
    "novia", "agency", "company", "designer", "developer", "vendor", "wix", "shopify", "studio", "firm", "freelancers",
];

/// Words that make a time concrete.
const DATED: &[&str] = &[
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "setiembre", "octubre", "noviembre", "diciembre", "lunes", "martes", "miercoles", "jueves",
    "viernes", "sabado", "domingo", "manana", "quincena", "entrante", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow",
];
const DATED_AFTER: &[&str] = &["proximo", "proxima", "siguiente", "next", "este", "esta", "this", "otro", "otra", "segundo", "tercer", "cuarto"];
const PERIODS: &[&str] = &["semana", "mes", "ano", "week", "month", "year", "semestre", "trimestre", "quarter", "noche", "tarde"];

const NEGATORS: &[&str] = &[
    "no", "ni", "nunca", "tampoco", "nada", "not", "dont", "doesnt", "isnt", "wasnt", "never",
    "cant", "wont", "arent", "didnt", "havent", "hasnt", "hadnt",
];
/// After a negator these start a different phrase ("no sé si es caro" is not "not caro").
const NOT_NEGATING: &[&str] = &["se", "sabia", "solo", "sure", "know", "only"];

/// Chat spellings and their words.
const ABBREVIATIONS: &[(&str, &[&str])] = &[
    ("q", &["que"]), ("k", &["que"]), ("ke", &["que"]), ("xq", &["porque"]), ("pq", &["porque"]),
    ("porq", &["porque"]), ("xk", &["porque"]), ("x", &["por"]), ("t", &["te"]), ("tb", &["tambien"]),
    ("tmb", &["tambien"]), ("tbn", &["tambien"]), ("pls", &["porfavor"]), ("plz", &["porfavor"]),
    ("porfa", &["porfavor"]), ("xfa", &["porfavor"]), ("xfavor", &["porfavor"]), ("d", &["de"]),
    ("n", &["no"]), ("dnd", &["donde"]), ("pa", &["para"]), ("lante", &["adelante"]), ("palante", &["para", "adelante"]), ("pal", &["para", "el"]), ("msj", &["mensaje"]), ("info", &["informacion"]),
    ("bn", &["bien"]), ("ok", &["ok"]), ("okey", &["ok"]), ("oki", &["ok"]), ("okay", &["ok"]),
    ("vdd", &["verdad"]), ("tqm", &["te", "quiero"]), ("u", &["you"]), ("ur", &["your"]),
    ("thx", &["thanks"]), ("ty", &["thanks"]), ("cuant", &["cuanto"]), ("mnn", &["manana"]), ("mnna", &["manana"]), ("mna", &["manana"]), ("tmr", &["tomorrow"]),
    ("m", &["me"]), ("grax", &["gracias"]), ("grx", &["gracias"]), ("grcs", &["gracias"]), ("grs", &["gracias"]),
    ("graxias", &["gracias"]), ("nop", &["no"]), ("nopi", &["no"]), ("w", &["with"]), ("l8r", &["later"]),
    ("yq", &["ya"]), ("landin", &["landing"]), ("hostin", &["hosting"]), ("dps", &["despues"]), ("dsp", &["despues"]), ("dsps", &["despues"]), ("bno", &["bueno"]), ("ta", &["esta"]),
    ("tamos", &["estamos"]), ("toy", &["estoy"]), ("payed", &["paid"]), ("ia", &["ya"]), ("tons", &["entonces"]),
    ("entons", &["entonces"]), ("pfa", &["porfavor"]), ("ntc", &["no", "te", "preocupes"]),
    ("transfe", &["transferencia"]), ("rn", &["right", "now"]), ("transf", &["transferencia"]), ("nica", &["no"]), ("po", &[]),
    ("cn", &["con"]), ("nel", &["no"]), ("nanay", &["no"]), ("vamo", &["vamos"]), ("xa", &["para"]), ("nd", &["nada"]), ("sq", &["es", "que"]), ("stoy", &["estoy"]), ("tmbn", &["tambien"]),
];

#[derive(Clone, Copy, Debug)]
enum Tok {
    /// A word, by its id in the index (compared as a number, not as text).
    Word(u32),
    Prefix(&'static str),
    Any,
    /// `$`: the clause ends here.
    End,
    /// `^`: the clause starts here (first token only).
    Start,
}

#[derive(Debug)]
struct Pattern {
    act: Act,
    toks: Vec<Tok>,
    /// The pattern carries its own negation ("no me interesa"): not flipped again.
    fixed: bool,
    question_ok: bool,
}

impl Pattern {
    /// How many words the pattern spans (its `^` and `$` take none).
    fn words_len(&self) -> usize {
        self.toks.iter().filter(|t| !matches!(t, Tok::Start | Tok::End)).count()
    }
}

/// What the index knows about one word: patterns starting with it, its classes and its
/// id (never 0).
#[derive(Debug, Default)]
pub struct WordInfo {
    patterns: Vec<usize>,
    flags: u64,
    id: u32,
    text: &'static str,
}

// Word classes (bits of `WordInfo::flags`).
const F_DATED: u64 = 1;
const F_DATED_AFTER: u64 = 1 << 1;
const F_PERIOD: u64 = 1 << 2;
const F_NEG: u64 = 1 << 3;
const F_NOT_NEG: u64 = 1 << 4;
const F_COMMON: u64 = 1 << 5;
const F_PROVIDER: u64 = 1 << 6;
const F_US: u64 = 1 << 7;
const F_SENT: u64 = 1 << 8;
const F_MONEY: u64 = 1 << 9;
const F_ACCOUNT: u64 = 1 << 10;
const F_PAY: u64 = 1 << 11;
const F_BUDGET: u64 = 1 << 12;
const F_CHEAPER: u64 = 1 << 13;
const F_RECEIVED: u64 = 1 << 14;
const F_MONEY_IN: u64 = 1 << 15;
const F_SPLIT: u64 = 1 << 16;
const F_DONE: u64 = 1 << 17;
const F_ARRIVED: u64 = 1 << 18;
const F_WILL_SEND: u64 = 1 << 19;
const F_PRODUCT: u64 = 1 << 20;
const F_PAST: u64 = 1 << 21;
const F_PAID_VERB: u64 = 1 << 22;
const F_TO_YOU: u64 = 1 << 23;
const F_THE: u64 = 1 << 24;
const F_WANT: u64 = 1 << 25;
const F_IF: u64 = 1 << 26;
const F_PAID_SENT: u64 = 1 << 28;
const F_ADDON: u64 = 1 << 27;
const F_PREFER: u64 = 1 << 29;
const F_NOW: u64 = 1 << 30;
const F_SOCIAL: u64 = 1 << 31;
const F_SUCCESS: u64 = 1 << 32;
const F_SENT_YOU: u64 = 1 << 33;
/// Words that name the client's own staff ("sistemas", "equipo"): see [`in_house`].
const F_STAFF: u64 = 1 << 34;

const CLASSES: &[(u64, &[&str])] = &[
    (F_DATED, DATED),
    (F_DATED_AFTER, DATED_AFTER),
    (F_PERIOD, PERIODS),
    (F_NEG, NEGATORS),
    (F_NOT_NEG, NOT_NEGATING),
    (F_COMMON, COMMON),
    (F_PROVIDER, PROVIDERS),
    (F_US, &["ustedes", "contigo", "usted", "you"]),
    (F_SENT, SENT),
    (F_MONEY, MONEY),
    (F_ACCOUNT, &["cuenta", "datos", "factura", "invoice", "account", "link"]),
    (F_PAY, &[
        "anticipo", "pago", "pagar", "pagarte", "transferir", "consignar", "abono", "cuota", "deposit", "pay", "pagarle", "pagarles",
        "transferirte", "transferirle", "depositarte", "depositarle", "consignarte", "consignarle", "girarte", "abonarte",
        "liquidarte", "liquidarle",
    ]),
    (F_BUDGET, &["presupuesto", "plata", "dinero", "budget", "money"]),
    (F_CHEAPER, &["gratis", "menos", "barato", "free", "less", "cheaper"]),
    (F_RECEIVED, &[
        "recibi", "recibimos", "recibido", "recibida", "received", "got", "confirmo", "confirmamos", "confirmado",
        "confirmada",
        "confirmed", "llego", "registrado", "registrada", "acreditado", "acreditada", "vi", "veo", "aparece", "aparecio",
        "ingreso", "ingresaron",
    ]),
    (F_MONEY_IN, &[
        "pago", "cuota", "anticipo", "abono", "transferencia", "consignacion", "deposito", "giro",
        "comprobante", "payment", "deposit", "transfer", "wire", "sinpe", "adelanto", "plata", "lana",
        "dinero", "money", "funds", "transfers", "payments", "moneys", "saldo", "transaccion", "transaction", "cheque", "desembolso", "ach", "sena", "pisto", "varo",
    ]),
    (F_SUCCESS, &[
        "exitosa", "exitoso", "exito", "aprobado", "aprobada", "procesada", "procesado", "acreditado", "acreditada",
        "successful", "completed", "approved", "processed", "initiated", "remitted",
    ]),
    (F_STAFF, &[
        "sistemas", "ti", "it", "tecnologia", "informatica", "equipo", "programador", "programadora", "disenador", "disenadora",
        "gente", "team", "staff", "tech",
    ]),
    (F_SENT_YOU, &[
        "enviaste", "transferiste", "yapeaste", "plineaste", "pagaste", "depositaste", "consignaste", "giraste", "sent",
    ]),
    (F_SPLIT, &["pero", "but", "aunque", "although", "sino"]),
    (F_DONE, &[
        "hecho", "hecha", "hice", "hicimos", "realizado", "realizada", "realice", "realizamos", "efectuado",
        "efectuada", "efectue", "completado", "completada", "completed", "done", "made", "hizo",
        "salio", "cumpli", "cumplimos", "enviada", "enviado", "efectuo", "efectuamos", "realizo", "complete", "completamos",
        "cubierto", "cubierta", "cubri", "cubrimos", "ejecutado", "ejecutada", "ejecutamos",
    ]),
    // "¿te cayó la plata?", "ya entró el pago": the money arrived.
    (F_ARRIVED, &["llego", "llegaron", "cayo", "entro", "reflejo", "reflejado", "reflejada", "arrived"]),
    // "te giro el anticipo", "le mando la plata el viernes": a payment promised.
    (F_WILL_SEND, &[
        "mando", "envio", "paso", "giro", "hago", "abono", "transfiero", "consigno", "deposito",
        "yapeo", "plineo", "cancelo", "completo", "liquido",
    ]),
    (F_TO_YOU, &["te", "le", "les"]),
    // What we sell: "quiero la tienda online" is choosing it.
    (F_PRODUCT, &[
        "pagina", "web", "tienda", "sitio", "plan", "paquete", "landing", "ecommerce", "pack", "combo",
        "website", "site", "store", "package",
    ]),
    (F_THE, &["el", "la", "los", "las", "ese", "esa", "este", "esta", "the", "that"]),
    (F_WANT, &["quiero", "queremos", "quisiera", "quisieramos", "want"]),
    (F_PAST, &["ya", "ayer", "anoche", "recien", "yesterday"]),
    (F_PAID_VERB, &[
        "pague", "pagamos", "transferimos", "depositamos", "consignamos", "abonamos", "giramos", "abone", "deposite", "consigne",
        "transferi", "salde", "saldamos", "liquide", "liquidamos",
    ]),
    (F_IF, &["si", "cuando", "if", "when", "apenas"]),
    (F_SOCIAL, SOCIAL),
    // Sending that can only be money: "te consigné en Bancolombia", "le transferí anoche".
    (F_PAID_SENT, &[
        "transferi", "transferimos", "consigne", "consignamos", "deposite", "depositamos", "gire",
        "yapee", "yapeamos", "plinee", "liquide", "liquidamos", "wired", "transferred", "venmod", "venmoed", "zelled", "cashapped",
    ]),
    (F_PREFER, &["mejor", "prefiero", "preferimos", "prefer", "rather"]),
    (F_NOW, &["ahora", "ahorita", "now"]),
    // Parts of an offer a client may decline on their own.
    (F_ADDON, &[
        "hosting", "dominio", "logo", "correo", "correos", "mantenimiento", "seo", "fotos", "textos",
        "blog", "email", "domain", "maintenance", "chatbot",
    ]),
];

/// FNV-1a: the index is looked up once per word of every message, with short keys.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

struct Index {
    /// Every word the patterns or the classes know.
    words: FastMap<&'static str, WordInfo>,
    /// Patterns whose first token is a prefix, by the prefix's first three bytes.
    prefixed: FastMap<[u8; 3], Vec<usize>>,
    /// Chat spellings and the words they stand for.
    abbreviations: FastMap<&'static str, &'static [&'static str]>,
    /// Patterns anchored at the start of a clause (`^`), by the id of the word after the
    /// anchor (a phrase start looks up only those of its first word).
    anchored: FastMap<u32, Vec<usize>>,
    /// Patterns starting with two words, by the ids of both: a common first word ("no",
    /// "te", "ya") starts hundreds of patterns, and its next word rules out most.
    pairs: FastMap<(u32, u32), Vec<usize>>,
    patterns: Vec<Pattern>,
    /// The ids of "no" and of "no," (a "no" before a comma).
    no: (u32, u32),
    /// Every known word by how it sounds ([`sound`]): a word typed as heard ("ise",
    /// "kiero", "transferensia", "pagao") reads as the one it stands for.
    sounds: FastMap<String, &'static str>,
    /// Known words in the order first seen (the first of two that sound alike wins).
    order: Vec<&'static str>,
    /// Long known words with one letter missed ("trasferi"), and the word each stands for.
    omissions: FastMap<String, &'static str>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut idx = Index {
            words: FastMap::default(),
            prefixed: FastMap::default(),
            abbreviations: ABBREVIATIONS.iter().copied().collect(),
            anchored: FastMap::default(),
            pairs: FastMap::default(),
            patterns: Vec::new(),
            no: (0, 0),
            sounds: FastMap::default(),
            order: Vec::new(),
            omissions: FastMap::default(),
        };
        for (act, list) in PATTERNS {
            for raw in *list {
                let (question_ok, text) = match raw.strip_prefix('?') {
                    Some(t) => (true, t),
                    None => (false, *raw),
                };
                let toks: Vec<Tok> = text
                    .split(' ')
                    .map(|t| match t {
                        "_" => Tok::Any,
                        "$" => Tok::End,
                        "^" => Tok::Start,
                        t => match t.strip_suffix('*') {
                            Some(p) => Tok::Prefix(p),
                            None => Tok::Word(idx.id(t)),
                        },
                    })
                    .collect();
                let first = text.split(' ').next().unwrap_or_default();
                let fixed = NEGATORS.contains(&first) || matches!(act, Act::Rejected | Act::Stop | Act::Doubt);
                let i = idx.patterns.len();
                match toks[0] {
                    Tok::Word(a) => match toks.get(1) {
                        Some(Tok::Word(b)) => idx.pairs.entry((a, *b)).or_default().push(i),
                        _ => idx.words.get_mut(first).expect("its id was given").patterns.push(i),
                    },
                    Tok::Prefix(p) => {
                        let key: [u8; 3] = p.as_bytes()[..3].try_into().expect("prefixes have 3+ bytes");
                        idx.prefixed.entry(key).or_default().push(i);
                    }
                    Tok::Start => match toks.get(1) {
                        Some(Tok::Word(a)) => idx.anchored.entry(*a).or_default().push(i),
                        _ => panic!("an anchored pattern starts with a word: {raw}"),
                    },
                    Tok::Any | Tok::End => panic!("a pattern may not start with `_`: {raw}"),
                }
                idx.patterns.push(Pattern {
                    act: *act,
                    toks,
                    fixed,
                    question_ok,
                });
            }
        }
        for (flag, list) in CLASSES {
            for w in *list {
                idx.id(w);
                idx.words.get_mut(w).expect("its id was given").flags |= flag;
            }
        }
        idx.no = (idx.id("no"), idx.id("no,"));
        for w in std::mem::take(&mut idx.order) {
            let mut buf = [0u8; SOUND_MAX];
            if let Some(key) = sound(w, &mut buf) {
                idx.sounds.entry(key.to_string()).or_insert(w);
            }
            if w.len() >= 5 && w.bytes().all(|b| b.is_ascii_lowercase()) {
                // (Not the first letter: rarely missed, and "agamos" is "hagamos" heard;
                // not the last: "puede" is not "pueden" mistyped. In five letters, only a
                // vowel: "tngo" is "tengo" typed short.)
                // Nor the "r" of an infinitive before its pronoun: "tómalo" is not "tomarlo".
                let imperative = |i: usize| w.as_bytes()[i] == b'r' && matches!(&w[i + 1..], "lo" | "la" | "le" | "los" | "las" | "me" | "te" | "nos");
                // Nor the pronoun's consonant after an infinitive: "transferiré" (a future)
                // is not "transferirte" with its "t" missed.
                let future = |i: usize| i == w.len() - 2 && w.ends_with('e') && w.as_bytes()[i - 1] == b'r';
                for i in (1..w.len() - 1).filter(|&i| (w.len() >= 6 || b"aeiou".contains(&w.as_bytes()[i])) && !imperative(i) && !future(i)) {
                    let missed = format!("{}{}", &w[..i], &w[i + 1..]);
                    if !idx.words.contains_key(missed.as_str()) {
                        idx.omissions.entry(missed).or_insert(w);
                    }
                }
            }
        }
        // Real words read as themselves (after the sounds and the omissions: a typo is
        // never taken for one of them).
        for w in super::words::REAL_WORDS {
            idx.id(w);
        }
        idx
    })
}

impl Index {
    /// The id of a word, given on first sight.
    fn id(&mut self, w: &'static str) -> u32 {
        let next = u32::try_from(self.words.len() + 1).expect("fewer words than u32");
        let info = self.words.entry(w).or_default();
        if info.id == 0 {
            info.id = next;
            info.text = w;
            self.order.push(w);
        }
        info.id
    }
}

/// The longest word given a sound.
const SOUND_MAX: usize = 24;

/// How a folded word sounds, written into `buf`: silent "h" dropped, "c" before "e"/"i"
/// and "z" as "s", "qu" and other "c" as "k", "v" as "b", "y" and "ll" as "i", doubled
/// letters once, a final "s" and the "d" of a final "-ad" dropped, "-ado" as "-ao". `None` for words shorter
/// than 3 letters, longer than `SOUND_MAX` or with anything but ASCII letters.
fn sound<'b>(w: &str, buf: &'b mut [u8; SOUND_MAX]) -> Option<&'b str> {
    let b = w.as_bytes();
    if b.len() < 3 || b.len() > SOUND_MAX || !b.iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        let next = b.get(i + 1).copied();
        let c = match b[i] {
            // Silent "h" at the start or between vowels ("hice", "ahora"); "ch", "th" stay.
            b'h' if i == 0 || b"aeiou".contains(&b[i - 1]) => {
                i += 1;
                continue;
            }
            b'q' if next == Some(b'u') => {
                i += 1;
                b'k'
            }
            b'c' if matches!(next, Some(b'e' | b'i')) => b's',
            b'c' if next == Some(b'h') => b'c',
            b'c' => b'k',
            b'z' => b's',
            b'v' => b'b',
            b'y' => b'i',
            b'l' if next == Some(b'l') => {
                i += 1;
                b'i'
            }
            c => c,
        };
        i += 1;
        if n > 0 && buf[n - 1] == c {
            continue;
        }
        buf[n] = c;
        n += 1;
    }
    // A final "s" ("pagos"), and the "d" of "-ad" ("mitá" for "mitad").
    if n > 0 && buf[n - 1] == b's' {
        n -= 1;
    }
    if n > 1 && buf[n - 1] == b'd' && buf[n - 2] == b'a' {
        n -= 1;
    }
    if n >= 3 && &buf[n - 3..n] == b"ado" {
        buf[n - 2] = b'o';
        n -= 1;
    }
    if n < 3 {
        return None;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// `client::fold_char`, plus "ñ" (so "mañana" and "año" match as typed without it) and
/// the Portuguese tildes a chat may carry.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        'ã' => 'a',
        'õ' => 'o',
        'ñ' => 'n',
        c => crate::domain::client::fold_char(c),
    }
}

/// One clause of a message, normalised.
#[derive(Debug, Default)]
pub struct Clause {
    pub words: Vec<String>,
    /// What the index knows of each word (`None`: nothing).
    info: Vec<Option<&'static WordInfo>>,
    pub question: bool,
    /// The clause follows "pero"/"but" ("gracias pero no").
    pub after_but: bool,
    /// Where a "sí" typed with its accent or followed by a comma is: a yes, not an "if".
    yes_at: Vec<usize>,
    /// A verb of paying or sending typed with the accent of its past ("te pagué", "le mandé").
    said_paid: bool,
    /// Where commas are: before word `k` for each `k`.
    commas: Vec<usize>,
    /// Every class of its words (the union of their flags).
    mask: u64,
}

impl Clause {
    fn flags(&self, i: usize) -> u64 {
        self.info.get(i).copied().flatten().map_or(0, |w| w.flags)
    }
    fn has(&self, flag: u64) -> bool {
        self.mask & flag != 0
    }
    fn push(&mut self, w: String) {
        let info = index().words.get(w.as_str());
        self.push_as(w, info);
    }
    /// Pushes a word read as another (a word typed as heard keeps its spelling, and
    /// matches as the known word it sounds like).
    fn push_as(&mut self, w: String, info: Option<&'static WordInfo>) {
        self.mask |= info.map_or(0, |i| i.flags);
        self.info.push(info);
        self.words.push(w);
    }
    /// The classes of its words again, after it was cut in two.
    fn remask(&mut self) {
        self.mask = self.info.iter().fold(0, |m, w| m | w.map_or(0, |w| w.flags));
    }
}

/// Verbs whose past said of someone else differs from the present said of oneself only
/// by the accent ("pagó" / "pago", "giró" / "giro", "contrató" / "contrato"): typed with
/// it, the word keeps its "ó" (by stem).
const PAST_BY_OTHERS: &[&str] = &["pag", "gir", "consign", "deposit", "abon", "cancel", "contrat"];

/// Words that make a question about how things go in general.
const GENERALLY: &[&str] = &["normalmente", "generalmente", "usualmente", "habitualmente", "normally", "usually", "typically"];

/// "¿Entonces arrancamos el lunes, verdad?": a statement with a tag after its last comma
/// asks only to confirm it (not "¿cuánto cuesta, no?", which opens with what it asks).
fn confirms(c: &Clause) -> bool {
    const TAGS: &[&str] = &["verdad", "cierto", "correcto", "right", "no", "si", "va", "ok", "okay"];
    const ASKS: &[&str] = &[
        "cuanto", "cuanta", "cuantos", "cuantas", "como", "que", "cual", "cuales", "donde", "cuando", "quien", "porque", "por",
        "how", "what", "when", "where", "which", "who", "why", "puedo", "pueden", "puede", "tienen", "tiene", "hay", "incluye",
    ];
    let n = c.words.len();
    n >= 3
        && c.commas.contains(&(n - 1))
        && TAGS.contains(&c.words[n - 1].trim_end_matches(','))
        && !ASKS.contains(&c.words[0].as_str())
        && !c.has(F_IF)
}

/// How the word being read was typed: "sí" with its accent, or ending in an accented "é".
#[derive(Default)]
struct Accents {
    yes: bool,
    past: bool,
}

/// Verbs of paying or sending whose past differs from the subjunctive only by the accent
/// ("pagué" / "que pague", "mandé" / "que mande").
const PAID_WITH_ACCENT: &[&str] = &[
    "pague", "deposite", "consigne", "gire", "abone", "yapee", "plinee", "cancele", "liquide", "mande", "envie", "pase", "deje",
    "salde",
];

/// Cuts a message into normalised clauses.
pub fn clauses(text: &str) -> Vec<Clause> {
    let mut out: Vec<Clause> = vec![Clause::default()];
    let mut word = String::new();
    let mut opened_question = false;
    let mut chars = text.chars().peekable();
    let mut prev: Option<char> = None;
    // The word being read was typed "sí"; it ended in an accented "é" ("pagué").
    let mut accents = Accents::default();
    // The clause (its index) and how many of its words come before its last comma.
    let mut last_comma: Option<(usize, usize)> = None;
    // `comma`: the word ends at a comma. A "no" answered on its own ("No, es caro") is
    // kept as "no," so it negates nothing after it.
    let flush = |word: &mut String, out: &mut Vec<Clause>, comma: bool, accents: &mut Accents| {
        if word.is_empty() {
            return;
        }
        let mut w = collapse_stretch(word);
        // A final "ó" is kept only where it tells who did it: "te pagó" (paid, by
        // someone else) is not "te pago" (I will pay).
        if let Some(stem) = w.strip_suffix('ó')
            && !PAST_BY_OTHERS.contains(&stem)
        {
            w = format!("{stem}o");
        }
        // Laughter says nothing to read ("que sí jaja", "jajaja no").
        if laughter(&w) {
            word.clear();
            *accents = Accents::default();
            return;
        }
        if comma && w == "no" {
            w.push(',');
        }
        let yes = w == "si" && (comma || accents.yes);
        // "te pagué" (typed with its accent) says it was paid; "que te pague" asks it.
        let past = accents.past && PAID_WITH_ACCENT.contains(&w.as_str());
        *accents = Accents::default();
        word.clear();
        // "pero"/"but"/"aunque" start a new clause: what follows is judged on its own.
        if index().words.get(w.as_str()).is_some_and(|i| i.flags & F_SPLIT != 0) {
            if !out.last().is_some_and(|c| c.words.is_empty()) {
                out.push(Clause::default());
            }
            out.last_mut().expect("one clause").after_but = true;
            return;
        }
        let last = out.last_mut().expect("one clause");
        if yes {
            last.yes_at.push(last.words.len());
        }
        last.said_paid |= past;
        let idx = index();
        match idx.abbreviations.get(w.as_str()) {
            Some(full) => full.iter().for_each(|s| last.push(s.to_string())),
            // A diminutive reads as its word ("paginita", "platita", "webcita"); a word
            // typed as heard, as the known word it sounds like.
            // Then a word typed in a hurry: joined to the next ("yate", "nomeinteresa"), a
            // letter doubled, missed or slipped in ("yaa", "trasferi", "paguina").
            None if !idx.words.contains_key(w.as_str()) => {
                if let Some(base) = diminished(&w).or_else(|| retyped(&w)) {
                    last.push(base.to_string());
                } else if let Some(parts) = joined(&w) {
                    parts.into_iter().for_each(|p| last.push(p.to_string()));
                } else {
                    // (Its spelling kept: "semanas" sounds as "semana", and is plural.)
                    let mut buf = [0u8; SOUND_MAX];
                    let known = sound(&w, &mut buf).and_then(|k| idx.sounds.get(k)).and_then(|k| idx.words.get(k));
                    last.push_as(w, known);
                }
            }
            None => last.push(w),
        }
        if comma {
            last.commas.push(last.words.len());
        }
    };
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let before = prev.replace(c);
        if c.is_alphanumeric() {
            accents.yes |= matches!(c, 'í' | 'Í') && word == "s";
            accents.past |= matches!(c, 'é' | 'É') && !next.is_some_and(char::is_alphanumeric);
            if c.is_ascii() {
                // (Most letters: no Unicode tables needed.)
                word.push(c.to_ascii_lowercase());
            } else if matches!(c, 'ó' | 'Ó') && !next.is_some_and(char::is_alphanumeric) {
                word.push('ó');
            } else {
                push_folded(&mut word, c);
            }
            continue;
        }
        // "+ adelante": a plus sign between words is "más".
        if c == '+' && !before.is_some_and(|b| b.is_ascii_digit()) && !next.is_some_and(|n| n.is_ascii_digit()) {
            flush(&mut word, &mut out, false, &mut accents);
            word.push_str("mas");
            flush(&mut word, &mut out, false, &mut accents);
            continue;
        }
        // Money emoji are money ("ya está 💸").
        if matches!(c, '💸' | '💰' | '💵' | '💴' | '💶' | '💷') {
            flush(&mut word, &mut out, false, &mut accents);
            word.push_str("plata");
            flush(&mut word, &mut out, false, &mut accents);
            continue;
        }
        // The receipt emoji is a receipt ("🧾👆").
        if c == '🧾' {
            flush(&mut word, &mut out, false, &mut accents);
            word.push_str("comprobante");
            flush(&mut word, &mut out, false, &mut accents);
            continue;
        }
        // An apostrophe inside a word joins it ("don't" -> "dont").
        if matches!(c, '\'' | '’') && !word.is_empty() && next.is_some_and(char::is_alphabetic) {
            continue;
        }
        flush(&mut word, &mut out, c == ',', &mut accents);
        if c == ',' {
            last_comma = Some((out.len(), out.last().map_or(0, |c| c.words.len())));
        }
        let between_digits =
            || before.is_some_and(|b| b.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
        match c {
            '¿' => {
                last_comma = None;
                // "Perfecto, ¿cuándo empezamos?": the question is a clause of its own.
                if !out.last().is_some_and(|c| c.words.is_empty()) {
                    out.push(Clause::default());
                }
                opened_question = true;
            }
            '?' => {
                // "ya te transferí, te llegó?": without "¿", only what follows the last
                // comma asks; what comes before it is said.
                let n = out.len();
                let last = out.last_mut().expect("one clause");
                let split = last_comma.take().filter(|&(at, k)| at == n && !opened_question && k > 0 && k < last.words.len());
                if let Some((_, k)) = split {
                    let mut asked = Clause {
                        words: last.words.split_off(k),
                        info: last.info.split_off(k),
                        yes_at: last.yes_at.iter().filter(|&&i| i >= k).map(|i| i - k).collect(),
                        said_paid: last.said_paid,
                        commas: last.commas.iter().filter(|&&i| i > k).map(|i| i - k).collect(),
                        ..Clause::default()
                    };
                    last.yes_at.retain(|&i| i < k);
                    last.commas.retain(|&i| i <= k);
                    last.remask();
                    asked.remask();
                    asked.question = true;
                    out.push(asked);
                } else if !confirms(last) {
                    last.question = true;
                }
                opened_question = false;
                out.push(Clause::default());
            }
            '.' | ',' | ':' if between_digits() => {}
            // ("ya me decidí: vamos": a colon ends a clause too, not in "10:30".)
            '.' | '!' | ';' | ':' | '\n' | '¡' => {
                last_comma = None;
                if opened_question {
                    out.last_mut().expect("one clause").question = true;
                }
                opened_question = false;
                if !out.last().is_some_and(|c| c.words.is_empty()) {
                    out.push(Clause::default());
                }
            }
            _ => {}
        }
    }
    flush(&mut word, &mut out, false, &mut accents);
    if opened_question {
        out.last_mut().expect("one clause").question = true;
    }
    out.retain(|c| !c.words.is_empty());
    out
}

/// The known word a diminutive stands for ("paginita" -> "pagina", "platita" -> "plata",
/// "webcita" -> "web", "amiguita" -> "amiga", "mesecito" -> "mes", "transferencita" ->
/// "transferencia"), if any.
fn diminished(w: &str) -> Option<String> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(x) => (x, "s"),
        None => (w, ""),
    };
    let (stem, vowel) = match (stem.strip_suffix("ito"), stem.strip_suffix("ita")) {
        (Some(x), _) => (x, "o"),
        (_, Some(x)) => (x, "a"),
        _ => return None,
    };
    if stem.len() < 2 || !stem.is_ascii() {
        return None;
    }
    let known = |c: String| index().words.contains_key(c.as_str()).then_some(c);
    // "amigu-ita" -> "amiga", "poqu-ito" -> "poco": the spelling kept the sound.
    let respelled = stem.strip_suffix("gu").map(|x| format!("{x}g")).or_else(|| stem.strip_suffix("qu").map(|x| format!("{x}c")));
    let base = respelled.as_deref().unwrap_or(stem);
    known(format!("{base}{vowel}{plural}"))
        .or_else(|| known(format!("{base}i{vowel}{plural}")))
        // "webc-ita" -> "web", "mesec-ito" -> "mes", "cafec-ito" -> "cafe".
        .or_else(|| stem.strip_suffix('c').and_then(|x| known(format!("{x}{plural}")).or_else(|| known(x.strip_suffix('e')?.to_string()))))
}

/// The known word a word typed in a hurry stands for: a letter doubled ("yaa" -> "ya"),
/// one missed inside it ("trasferi" -> "transferi", "consine" -> "consigne") or a vowel
/// slipped in ("paguina" -> "pagina"). Long words only for the last two (short ones are
/// other words a letter away); never the first or last letter (a plural, an infinitive).
fn retyped(w: &str) -> Option<String> {
    let idx = index();
    if !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let b = w.as_bytes();
    if b.windows(2).any(|p| p[0] == p[1]) {
        let mut once = String::with_capacity(w.len());
        for c in w.chars() {
            if !once.ends_with(c) {
                once.push(c);
            }
        }
        if let Some(k) = idx.words.get(once.as_str()) {
            return Some(k.text.to_string());
        }
    }
    if let Some(k) = idx.omissions.get(w) {
        return Some(k.to_string());
    }
    // Two letters swapped ("trasnferi", "ahcemoslo"), or the last one hit on the key next to
    // it ("aceptp"), in words of five letters or more, into words as long.
    if w.len() >= 5 {
        // (Only into a word that reads as something: real words kept as themselves carry
        // nothing to read.)
        let reads = |b: &[u8]| {
            std::str::from_utf8(b).ok().and_then(|x| idx.words.get(x)).filter(|k| k.flags != 0 || !k.patterns.is_empty()).map(|k| k.text.to_string())
        };
        let mut buf = w.as_bytes().to_vec();
        for i in 0..buf.len() - 1 {
            if buf[i] != buf[i + 1] {
                buf.swap(i, i + 1);
                if let Some(k) = reads(&buf) {
                    return Some(k);
                }
                buf.swap(i, i + 1);
            }
        }
        // (The key next to it only for the last letter, of six or more: inside a word a
        // neighbour makes too many real words out of others, "formamos" / "firmamos".)
        let n = buf.len();
        if n >= 6 {
            for &key in keys_next_to(buf[n - 1]) {
                buf[n - 1] = key;
                if let Some(k) = reads(&buf) {
                    return Some(k);
                }
            }
        }
    }
    if w.len() < 6 {
        return None;
    }
    // (A vowel inside the word only: "mandarme" is not "mandame" mistyped.)
    let mut shorter = String::with_capacity(w.len());
    (1..w.len() - 1).filter(|&i| b"aeiou".contains(&b[i])).find_map(|i| {
        shorter.clear();
        shorter.push_str(&w[..i]);
        shorter.push_str(&w[i + 1..]);
        idx.words.get(shorter.as_str()).map(|k| k.text.to_string())
    })
}

/// The letters next to `c` on a QWERTY keyboard (what Spanish and English phones show).
fn keys_next_to(c: u8) -> &'static [u8] {
    match c {
        b'q' => b"wa",
        b'w' => b"qes",
        b'e' => b"wrd",
        b'r' => b"etf",
        b't' => b"ryg",
        b'y' => b"tuh",
        b'u' => b"yij",
        b'i' => b"uok",
        b'o' => b"ipl",
        b'p' => b"o",
        b'a' => b"qsz",
        b's' => b"adwx",
        b'd' => b"sfe",
        b'f' => b"dgr",
        b'g' => b"fht",
        b'h' => b"gjy",
        b'j' => b"hku",
        b'k' => b"jli",
        b'l' => b"ko",
        b'z' => b"xa",
        b'x' => b"zcs",
        b'c' => b"xvd",
        b'v' => b"cbf",
        b'b' => b"vng",
        b'n' => b"bmh",
        b'm' => b"nj",
        _ => b"",
    }
}

/// A word typed joined to the next: "yate" -> "ya te", "nocreo" -> "no creo",
/// "nomeinteresa" -> "no me interesa". Only after "ya" or "no", and only into known words.
fn joined(w: &str) -> Option<Vec<&str>> {
    const PRONOUNS: &[&str] = &["te", "me", "se", "lo", "la", "le", "les", "nos"];
    let known = |x: &str| x.len() >= 3 && index().words.contains_key(x);
    let (first, rest) = [("ya", w.strip_prefix("ya")), ("no", w.strip_prefix("no"))].into_iter().find_map(|(p, r)| Some((p, r?)))?;
    if known(rest) || PRONOUNS.contains(&rest) {
        return Some(vec![first, rest]);
    }
    PRONOUNS.iter().find_map(|p| {
        let last = rest.strip_prefix(p)?;
        known(last).then(|| vec![first, *p, last])
    })
}

/// "siiii" -> "si", "graciaaas" -> "gracias": three or more of a letter become one.
fn collapse_stretch(w: &str) -> String {
    let b = w.as_bytes();
    if !b.windows(3).any(|x| x[0] == x[1] && x[1] == x[2]) && b.is_ascii() {
        return w.to_string();
    }
    let mut out = String::with_capacity(w.len());
    let chars: Vec<char> = w.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut j = i;
        while j < chars.len() && chars[j] == c {
            j += 1;
        }
        let run = j - i;
        let keep = if run >= 3 && c.is_alphabetic() { 1 } else { run };
        out.extend(std::iter::repeat_n(c, keep));
        i = j;
    }
    out
}

/// Whether word `i` starts a phrase: the clause's first word, or the first after a comma.
fn starts_phrase(c: &Clause, i: usize) -> bool {
    i == 0 || c.commas.contains(&i)
}

fn matches_at(p: &Pattern, c: &Clause, i: usize) -> bool {
    if let Some(Tok::Start) = p.toks.first() {
        return starts_phrase(c, i) && matches_rest(&p.toks[1..], c, i);
    }
    matches_rest(&p.toks, c, i)
}

fn matches_rest(toks: &[Tok], c: &Clause, i: usize) -> bool {
    let words = &c.words;
    let id = |j: usize| c.info[j].map_or(0, |w| w.id);
    let (no, no_comma) = index().no;
    // A "no" that ends a pattern may be followed by a comma ("ahora no, gracias"): the
    // comma only stops it from negating what comes after.
    let ends = |k: usize| toks[k + 1..].iter().all(|t| matches!(t, Tok::End));
    toks.iter().enumerate().all(|(k, t)| match (t, words.get(i + k)) {
        (Tok::Start, _) => false,
        // A comma ends a phrase too ("ahora no, gracias", "no me sirve, gracias").
        (Tok::End, w) => w.is_none() || c.commas.contains(&(i + k)),
        (_, None) => false,
        (Tok::Word(x), Some(_)) => *x == id(i + k) || *x == no && id(i + k) == no_comma && ends(k),
        // A word typed as heard ("presio") also as the word it reads as ("precio").
        (Tok::Prefix(p), Some(w)) => w.starts_with(p) || c.info[i + k].is_some_and(|x| x.text.starts_with(p)),
        (Tok::Any, Some(_)) => true,
    })
}

fn negated(c: &Clause, i: usize) -> bool {
    let from = i.saturating_sub(3);
    (from..i).any(|j| {
        c.flags(j) & F_NEG != 0
            && c.flags(j + 1) & F_NOT_NEG == 0
            && !calming(c, j)
            // A negation ends at a comma: "no hay problema, te transfiero hoy".
            && !c.commas.iter().any(|&k| k > j && k <= i)
    })
}

/// Whether the negator at `j` starts a reassurance ("no te preocupes", "no hay
/// problema", "no pasa nada", "no worries"), which negates nothing around it.
fn calming(c: &Clause, j: usize) -> bool {
    const CALM: &[&[&str]] = &[
        &["no", "te", "preocupes"], &["no", "se", "preocupe"], &["no", "te", "preocupe"], &["no", "se", "preocupen"],
        &["no", "te", "afanes"], &["no", "hay", "problema"], &["no", "hay", "lio"], &["no", "hay", "rollo"],
        &["no", "pasa", "nada"], &["no", "problem"], &["no", "worries"], &["dont", "worry"], &["no", "hay", "drama"],
    ];
    CALM.iter().any(|p| c.words.len() >= j + p.len() && p.iter().zip(&c.words[j..]).all(|(a, b)| *a == b.as_str()))
}

/// What a matched act means under negation or in a question (`None`: nothing).
fn polarity(act: Act, negated: bool, question: bool, question_ok: bool) -> Option<Act> {
    use Act::*;
    if negated {
        return match act {
            ObjPrice | ObjTime | ObjThink | Comparing | Postponed | Later => Some(Positive),
            Positive => Some(Doubt),
            Committed | Decided => Some(Rejected),
            // "no me da miedo", "no es estafa": calmed ("no hay garantía" is its own pattern).
            ObjTrust => Some(Positive),
            Dated | Request => Some(act),
            _ => None,
        };
    }
    if question && !question_ok {
        return match act {
            Paid => None,
            Committed => Some(AskPayment),
            // ("talk later?" asks to talk later, it puts nothing off.)
            Rejected | ChoseCompetitor | Stop | Decided | Elsewhere | CantGo | Picked | Later => None,
            _ => Some(act),
        };
    }
    Some(act)
}

/// The acts of one message.
pub fn read(text: &str) -> Acts {
    read_counting(text).0
}

/// The acts of one message, its words (with a letter) and how many of them are common
/// Spanish or English words.
pub fn read_counting(text: &str) -> (Acts, usize, usize) {
    read_cut(text, &clauses(text))
}

/// [`read_counting`] of a message already cut into `all`, its [`clauses`].
fn read_cut(text: &str, all: &[Clause]) -> (Acts, usize, usize) {
    let idx = index();
    let mut acts = Acts::default();
    // Someone who does the work: deciding for one of them is choosing another provider.
    let mut provider = false;
    // A part of the offer (logo, hosting) and what we sell, named in the message.
    let (mut addon, mut product) = (false, false);
    // ...unless it is us ("vamos con ustedes").
    let mut with_us = false;
    // A decision whose own clause names us after it ("decidí quedarme con ustedes").
    let mut decided_us = false;
    // ...or what we sell, or someone else's ("vamos con la web" / "con la de los otros").
    let (mut decided_product, mut decided_other) = (false, false);
    let mut cheaper = text.bytes().any(|b| b.is_ascii_digit());
    let money_sign = text.contains('%') || text.contains('$');
    let mut chose_ours = money_sign;
    let (mut words_n, mut common_n) = (0usize, 0usize);
    // The message speaks of paying or sending money.
    let mut pay_words = false;
    // Someone else already built the site ("ya nos hicieron la página").
    let mut already_built = false;
    // "mejor", "prefiero": what follows is chosen, not said in passing.
    let mut prefers = false;
    // ...except a day preferred ("la otra semana mejor"): it may only move a meeting.
    let mut preferred_day = false;
    // A question anywhere in the message, and a "pero" after it said it was covered.
    let (mut asks_more, mut any_but) = (false, false);
    let last_clause = all.len().saturating_sub(1);
    // The acts before the first "pero", and those after it (with whether what follows it
    // asks for something first: "sí quiero, pero primero quiero ver ejemplos").
    let (mut before_but, mut after_but, mut first_asks): (Option<Acts>, Acts, bool) = (None, Acts::default(), false);
    for (ci, clause) in all.iter().enumerate() {
        if clause.after_but && before_but.is_none() {
            before_but = Some(acts);
        }
        let before = acts;
        // "gracias pero no": a bare no after "pero" answers the offer.
        if clause.after_but && clause.words.len() == 1 && matches!(clause.words[0].as_str(), "no" | "no,") && !clause.question {
            acts.set(Act::Rejected);
        }
        // (Or someone told by what they do: "el mismo que nos maneja las redes".)
        // (Or the client's own staff: "nuestro equipo de marketing", "el área de sistemas".)
        provider |= clause.has(F_PROVIDER) || described_someone(clause) || in_house(std::slice::from_ref(clause));
        // (Not the provider's trade: "mi proveedor de hosting me la incluye".)
        addon |= clause.has(F_ADDON)
            && (0..clause.words.len()).any(|j| {
                clause.flags(j) & F_ADDON != 0 && !(j >= 2 && clause.words[j - 1] == "de" && clause.flags(j - 2) & F_PROVIDER != 0)
            });
        product |= clause.has(F_PRODUCT);
        prefers |= clause.has(F_PREFER);
        asks_more |= clause.question;
        // A "pero" after it was covered ("ya tenemos página, pero...").
        any_but |= clause.after_but && acts.has(Act::Covered);
        pay_words |= clause.has(F_PAY) || clause.has(F_MONEY) || clause.has(F_PAID_SENT)
            || sends_to_you(clause);
        // Us, said of us ("vamos con ustedes"), not "no con ustedes" nor the apology "qué
        // pena contigo".
        let sorry_to = |j: usize| j >= 1 && clause.words[j - 1] == "pena" || j >= 2 && clause.words[j - 2] == "pena";
        with_us |= clause.has(F_US)
            && (0..clause.words.len())
                .any(|j| clause.flags(j) & F_US != 0 && !sorry_to(j) && !(j.saturating_sub(2)..j).any(|k| clause.flags(k) & F_NEG != 0));
        // What a decision is about: us, what we sell, an amount, or going ahead itself
        // ("decidimos arrancar"); not "ya elegimos los colores".
        // (Or a share of the price: "te dejé el 50 para arrancar".)
        let share = || clause.words.windows(2).any(|p| p[0] == "el" && matches!(p[1].as_str(), "20" | "25" | "30" | "40" | "50" | "60" | "70" | "75" | "80"));
        let amount = has_amount(&clause.words) || clause.has(F_SENT) && share();
        chose_ours |= clause.has(F_US | F_PRODUCT | F_MONEY | F_PAY) || amount;
        cheaper |= clause.has(F_CHEAPER);
        // Sending money, said as done: "te envié el 50 %", "sent the 20% via PayPal"; a
        // payment said done: "ya está hecho el depósito", "the wire has been completed".
        // Not in a question, not negated, not for a day to come ("el pago listo el lunes").
        // Negated somewhere, reassurances aside ("no te preocupes, ya te consigné").
        let negative = clause.has(F_NEG) && (0..clause.words.len()).any(|j| clause.flags(j) & F_NEG != 0 && !calming(clause, j));
        // ("you sent me the quote": what the seller sent.)
        // ("que te mande la plata" asks someone to send it.)
        let sent = clause.has(F_SENT)
            && (0..clause.words.len()).any(|i| clause.flags(i) & F_SENT != 0 && (clause.said_paid || !subjunctive(clause, i)))
            && !sent_to_client(clause)
            || just_sent(&clause.words);
        let money = clause.has(F_MONEY) || money_sign || amount;
        // An extra paid to someone else or long ago is no payment to us ("ya pagué el dominio
        // con GoDaddy hace años").
        let extra_elsewhere = || clause.has(F_ADDON) && !clause.has(F_PRODUCT) && (clause.has(F_PROVIDER) || long_ago(clause));
        if !clause.question && !negative {
            // A verb of sending in the past: paid, whatever day comes after it ("te mandé
            // 200 y el resto el viernes" is a partial payment).
            if (sent && money || paid_before(clause) || sent_money(clause)) && !extra_elsewhere() {
                acts.set(Act::Paid);
            } else if done_with_money(clause) {
                // "Hecho", "listo" may be to come: a day before any comma is when ("el
                // pago queda hecho el lunes"); after one, something else ("just made the
                // transfer, should show up tomorrow").
                acts.set(if dated_before_comma(clause) { Act::Committed } else { Act::Paid });
            }
        }
        // "¿ya te cayó la plata?", "ya entró el pago": asked or told, the money was sent.
        // So is money said to be in the seller's account ("ya está la plata en tu cuenta").
        // (An amount counts as money there: "ya quedaron los 350 dólares en tu cuenta"; a
        // sending verb in the present is a promise: "te deposito la plata en tu cuenta".)
        let in_yours = clause.has(F_ACCOUNT) && in_your_account(clause) && !clause.question && !clause.has(F_IF);
        if !negative && (clause.has(F_MONEY_IN) || in_yours && has_amount(&clause.words)) && (clause.has(F_ARRIVED) || in_yours) {
            let to_come = !clause.has(F_ARRIVED) && (dated(clause) || sends_to_you(clause));
            acts.set(if to_come { Act::Committed } else { Act::Paid });
        }
        // A bank's or a wallet's notice pasted in: "Transferencia exitosa", "Pago aprobado",
        // "Enviaste $300.000 a ...", "You sent $300".
        // ("Approved for payment" is the approval, not the notice.)
        let for_next = (0..clause.words.len()).any(|i| clause.flags(i) & F_SUCCESS != 0 && words_has_at(clause, i + 1, &["for", "para"]));
        let notice = clause.has(F_SUCCESS) && !for_next && (clause.has(F_MONEY_IN) || words_has(clause, &["operacion", "operation"]))
            || clause.has(F_SENT_YOU) && (money_sign || has_amount(&clause.words)) && notice_sent(clause);
        if !negative && !clause.question && notice {
            acts.set(Act::Paid);
        }
        // "Ahí le va el depósito", "ahí te va la lana": the money, on its way.
        // ("ahí van 450mil", "ya van los 1.5 palos": an amount on its way.)
        let goes = |k: usize| clause.words.get(k).is_some_and(|v| v == "va" || v == "van");
        let here_goes = (0..clause.words.len()).any(|i| {
            let at = i + usize::from(clause.words.get(i + 1).is_some_and(|t| matches!(t.as_str(), "te" | "le" | "les")));
            matches!(clause.words[i].as_str(), "ahi" | "ya") && goes(at + 1)
        });
        if !negative && !clause.question && here_goes && (clause.has(F_MONEY_IN) || has_amount(&clause.words)) {
            acts.set(Act::Paid);
        }
        // "te hice el yape", "le hice la consignación": done to the seller, with money.
        if !negative && !clause.question && did_you_money(clause) {
            acts.set(Act::Paid);
        }
        // "ya está el depósito", "ya está la plata": the money is there.
        if !negative && !clause.question && clause.has(F_MONEY_IN) && money_is_there(clause) {
            acts.set(Act::Paid);
        }
        // "pago por PSE esta noche", "transfiero el viernes": a payment said for a day.
        if !negative && !clause.question && (pays_on(clause) || going_to_pay(clause)) {
            acts.set(Act::Committed);
            acts.set(Act::WillPay);
        }
        if !negative && !clause.question && ordered_to_pay(clause) {
            acts.set(Act::Committed);
        }
        // "¿me mandas la factura de lo que te pagué el mes pasado?": a question may carry a
        // payment dated in the past (not "¿ya pagamos?", which asks it).
        if !negative && clause.question && dated_past(clause) && paid_before(clause) {
            acts.set(Act::Paid);
        }
        // "¿a dónde te transfiero?", "where do I send the payment?": where to pay is a yes.
        if clause.question && !negative && asks_where_to_pay(clause) {
            acts.set(Act::Committed);
        }
        // "te giro el anticipo", "el viernes le hago el depósito", "I'll send the deposit
        // on Friday": a payment promised ("¿te mando el anticipo?" asks how).
        if !negative && (promises_payment(clause) || will_pay(clause)) {
            acts.set(if clause.question { Act::AskPayment } else { Act::Committed });
        }
        // "¿te transfiero mañana?", "¿te pago el viernes entonces?": offering a day to pay
        // is a yes ("¿te pago hoy?", "¿te pago antes o después?" ask how it works).
        if !negative && clause.question && clause.has(F_DATED | F_DATED_AFTER) && offers_to_pay_on(clause) {
            acts.set(Act::Committed);
        }
        // "quiero la tienda online", "queremos el plan básico": choosing what was offered;
        // "no quiero la página ya": not any more.
        if !clause.question && wants_the_offer(clause) {
            let no_more = clause.words.iter().position(|w| w == "no").is_some_and(|n| {
                clause.flags(n + 1) & F_WANT != 0 && clause.words[n + 1..].iter().any(|w| w == "ya")
            });
            if no_more {
                acts.set(Act::Rejected);
            } else if !negative {
                acts.set(Act::Committed);
            }
        }
        let words = &clause.words;
        let mut here = Acts::default();
        for (i, w) in words.iter().enumerate() {
            let f = clause.flags(i);
            if w.chars().any(char::is_alphabetic) {
                words_n += 1;
                common_n += usize::from(f & F_COMMON != 0);
            }
            if dated_at(clause, i) {
                here.set(Act::Dated);
            }
            // (A "no" before a comma stands for "no" there, as in the pairs below.)
            let anchored = match clause.info[i] {
                Some(a) if starts_phrase(clause, i) => {
                    let a = if a.id == idx.no.1 { idx.no.0 } else { a.id };
                    idx.anchored.get(&a).map_or(&[][..], Vec::as_slice)
                }
                _ => &[][..],
            };
            // (A word typed as heard is looked up as the word it reads as.)
            let prefixed = clause.info[i]
                .map_or(w.as_str(), |x| x.text)
                .as_bytes()
                .get(..3)
                .and_then(|k| idx.prefixed.get(<&[u8; 3]>::try_from(k).ok()?))
                .map_or(&[][..], Vec::as_slice);
            let exact = clause.info[i].map_or(&[][..], |w| w.patterns.as_slice());
            // Patterns of two words or more, by this word and the next (a "no" before a
            // comma stands for "no" there: "ahora no, gracias").
            let pair = match (clause.info[i], clause.info.get(i + 1).copied().flatten()) {
                (Some(a), Some(b)) => {
                    let b = if b.id == idx.no.1 { idx.no.0 } else { b.id };
                    idx.pairs.get(&(a.id, b)).map_or(&[][..], Vec::as_slice)
                }
                _ => &[][..],
            };
            for &pi in exact.iter().chain(pair).chain(prefixed).chain(anchored) {
                let p = &idx.patterns[pi];
                if !matches_at(p, clause, i) {
                    continue;
                }
                // "si te pago hoy, ¿...?": a condition, not a yes. An unaccented "si" is
                // one only when something follows ("si lo quiero" alone says yes).
                let on_condition = (i.saturating_sub(2)..i).any(|j| {
                    // (Mid-sentence it is "if"/"whether": "te confirmo mañana si arrancamos".)
                    words[j] == "if" || words[j] == "si" && !clause.yes_at.contains(&j) && (ci < last_clause || j > 0)
                        // "una vez aprobado el presupuesto": once, on that condition.
                        || words[j] == "vez" && j > 0 && words[j - 1] == "una"
                })
                    // "si le bajas el precio, adelante": the phrase after the condition.
                    || (0..i).any(|j| {
                        (words[j] == "if" || words[j] == "si" && !clause.yes_at.contains(&j))
                            && clause.commas.iter().any(|&k| k > j + 1 && k <= i)
                    })
                    // "si me lo dejas en 1.200.000 lo hacemos": a "si" opening the clause,
                    // far from the yes, is an "if" ("si lo quiero" is a yes).
                    || words.first().is_some_and(|w| w == "si" || w == "if") && !clause.yes_at.contains(&0) && i > 3;
                if on_condition && matches!(p.act, Act::Committed | Act::Paid) {
                    if p.act == Act::Committed && !clause.question {
                        here.set(Act::YesIf);
                    }
                    continue;
                }
                // "cuando arranque la temporada lo hacemos": a yes for when something
                // happens is a later, unless it pays ("apenas vuelva te pago y arrancamos").
                let when = words.first().is_some_and(|w| matches!(w.as_str(), "cuando" | "apenas")) && i > 2;
                if when && p.act == Act::Committed && !clause.question && !clause.has(F_MONEY | F_PAY) {
                    here.set(Act::Later);
                    continue;
                }
                // "no voy a poder revisarlo hoy", "no me animo a elegir el color": about
                // another thing to do, not the project.
                if matches!(p.act, Act::Committed | Act::CantGo) && about_other_verb(p, words, i) {
                    continue;
                }
                // "anuncios pagados", "el plan pagado": paid for, said of something else.
                const PAID_FOR: &[&str] = &[
                    "publicidad", "pauta", "anuncio", "anuncios", "campana", "campanas", "promocion", "promociones", "producto",
                    "productos", "pedido", "pedidos", "envio", "envios", "suscripcion", "plan", "planes", "version", "membresia",
                    "herramienta", "herramientas", "plantilla", "plantillas", "tema", "trafico", "publicaciones", "posts", "pautas",
                ];
                if p.act == Act::Paid && w.starts_with("pagad") && i > 0 && PAID_FOR.contains(&words[i - 1].as_str()) {
                    continue;
                }
                // "el cliente le pagó a mi socio": paid to someone named, not to us.
                if p.act == Act::Paid && matches!(w.as_str(), "le" | "les") {
                    let after = i + p.words_len();
                    if words_has_at(clause, after, &["a"]) && !words_has_at(clause, after + 1, &["usted", "ustedes", "ti", "vos"]) {
                        continue;
                    }
                }
                // "el dominio ya está transferido": a domain moved, not money.
                if p.act == Act::Paid && w.starts_with("transfer") && words_has(clause, &["dominio", "domain", "dominios", "domains"]) {
                    continue;
                }
                // "la otra agencia no me convenció": someone else did not convince, not us.
                if matches!(p.act, Act::Rejected | Act::Committed)
                    && words[i..(i + 4).min(words.len())].iter().any(|x| x.starts_with("convenc"))
                    && all.iter().any(|c| c.has(F_PROVIDER) || words_has(c, &["otra", "otro", "otras", "otros", "ellos"]))
                {
                    continue;
                }
                // "I'll pay attention to the details": not money.
                if p.act == Act::Committed && words.get(i + 2).is_some_and(|x| x == "attention") {
                    continue;
                }
                // "¿cuándo empiezan normalmente?": how it goes in general, not this project.
                if p.act == Act::Committed && clause.question && words_has(clause, GENERALLY) {
                    continue;
                }
                // "chévere, va" ends on its yes; "va, te aviso" goes on to put it off.
                if p.act == Act::Committed && w == "va" && matches!(p.toks.as_slice(), [Tok::Start, Tok::Word(_), Tok::End]) && i + 1 < words.len() {
                    continue;
                }
                // "cualquier cosa te aviso", "si algo, le aviso": a courtesy, not thinking it over.
                if p.act == Act::ObjThink && i > 1 && (words[i - 2] == "cualquier" || words[i - 2] == "si" && words[i - 1] == "algo") {
                    continue;
                }
                // "más de lo que puedo pagar": what the client can pay, not how.
                if p.act == Act::AskPayment && i > 1 && words[i - 1] == "que" && words[i - 2] == "lo" {
                    continue;
                }
                let neg = !p.fixed && negated(clause, i);
                // "no te doy acceso todavía": a step of the work not taken yet, not a no.
                let step = || {
                    words[i..(i + p.words_len()).min(words.len())]
                        .iter()
                        .any(|x| x.starts_with("acceso") || x.starts_with("formulario") || x == "grupo" || x == "brief" || x.starts_with("llen"))
                };
                if neg && p.act == Act::Committed && step() {
                    continue;
                }
                // "todavía no lo he decidido" is undecided, not a no; so is "todavía no ha
                // sido aprobada".
                // ("Todavía no elijo los colores": not yet.)
                if neg && (p.act == Act::Decided && (w.starts_with("decid") || not_yet(words, i)) || p.act == Act::Committed && not_yet(words, i)) {
                    continue;
                }
                // "seguimos con ustedes / la tienda / la otra agencia": going on with whom or
                // what the phrase names; "seguimos con dudas" names neither.
                let going_on = |x: &String| x.starts_with("segu") || x == "sigo" || x.starts_with("continu");
                if p.act == Act::Decided && words[i..(i + 2).min(words.len())].iter().any(going_on) {
                    let named = (i + 1..words.len()).take_while(|&j| !clause.commas.contains(&j)).any(|j| {
                        clause.flags(j) & (F_US | F_PRODUCT | F_PROVIDER) != 0 || matches!(words[j].as_str(), "otro" | "otra" | "otros" | "otras" | "ellos")
                    });
                    if !named {
                        continue;
                    }
                }
                if matches!(p.act, Act::Decided | Act::Picked) {
                    // "si no me mejoran el precio, me quedo con la otra agencia": a
                    // condition, not a decision.
                    if (0..i).any(|j| matches!(words[j].as_str(), "si" | "if") && !clause.yes_at.contains(&j)) {
                        continue;
                    }
                    // "decidí quedarme con ustedes": the decision names us.
                    // (Close after it, before any comma: not "..., gracias a ustedes".)
                    let phrase = || (i + 1..words.len()).take_while(|&j| !clause.commas.contains(&j));
                    decided_us |= phrase().take(5).any(|j| clause.flags(j) & F_US != 0);
                    // "nos quedamos con la propuesta de los otros", "vamos con la de mi
                    // primo": someone else's; "vamos con la web": what we sell.
                    let other = phrase().any(|j| {
                        clause.flags(j) & F_PROVIDER != 0
                            || matches!(words[j].as_str(), "otro" | "otra" | "otros" | "otras" | "other" | "others" | "ellos" | "ellas" | "them")
                    });
                    decided_other |= other;
                    decided_product |= !other && phrase().take(4).any(|j| clause.flags(j) & F_PRODUCT != 0);
                }
                if let Some(a) = polarity(p.act, neg, clause.question, p.question_ok) {
                    here.set(a);
                }
            }
        }
        // Asking for the account to pay into ("¿me pasas el CBU?", "pásame la CLABE",
        // "¿a nombre de quién hago la transferencia?") is a yes.
        if !negative && (clause.question || here.has(Act::Request)) && asks_for_account(clause, here.has(Act::Request)) {
            here.set(Act::Committed);
        }
        // "ya nos hicieron la página": someone else already built it.
        already_built |= here.has(Act::Elsewhere) && !clause.question && built_already(clause);
        // Asking where to send the money is a yes ("¿cuenta para el anticipo?").
        // ("¿Puedo pagar con tarjeta en el link?" asks whether, not where.)
        let whether = words.first().is_some_and(|w| matches!(w.as_str(), "puedo" | "podemos" | "se" | "aceptan" | "acepta" | "can" | "could" | "do" | "is"));
        // (Nor "es que sin factura no puedo pagar": negated anywhere, or without it.)
        if clause.has(F_ACCOUNT) && clause.has(F_PAY) && !whether && !negative && !words_has(clause, &["sin", "without"]) {
            here.set(Act::Committed);
        }
        // "no seguiremos", "no quiero continuar con el proyecto": going on, negated.
        if !clause.question && (0..words.len()).any(|i| goes_ahead(&words[i]) && refused(words, i)) {
            here.set(Act::Rejected);
        }
        // "con ese precio no puedo": a price, and not being able, ending the clause.
        let cant = words.len() >= 2
            && words[words.len() - 2] == "no"
            && matches!(words[words.len() - 1].as_str(), "puedo" | "podemos")
            || words.windows(3).enumerate().any(|(k, w)| w[0] == "no" && matches!(w[1].as_str(), "puedo" | "podemos") && clause.commas.contains(&(k + 2)));
        if !clause.question && cant && (clause.has(F_MONEY | F_PAY | F_BUDGET) || here.any(&[Act::PriceWord, Act::ObjPrice])) {
            here.set(Act::Rejected);
        }
        // "con el instagram me basta", "con la fanpage me alcanza": what they have is enough.
        let enough = (1..words.len()).any(|i| {
            (matches!(words[i].as_str(), "basta" | "alcanza" | "arreglo" | "arreglamos") && matches!(words[i - 1].as_str(), "me" | "nos")
                // "con eso estoy bien", "con la fanpage estamos bien".
                || words[i] == "bien" && matches!(words[i - 1].as_str(), "estoy" | "estamos"))
                && !negated(clause, i - 1)
                && words[..i].iter().any(|w| w == "con")
                // ("con ustedes estamos bien atendidos": with us.)
                && !clause.has(F_US)
        });
        if !clause.question && (enough || clause.has(F_SOCIAL) && stays_with_social(clause)) {
            here.set(Act::Rejected);
        }
        // "no creo que la hagamos", "dudo que sigamos": going on, doubted.
        if !clause.question && doubts_going_on(words) {
            here.set(Act::Rejected);
        }
        // Taking the other option ("el otro presupuesto era más bajo y lo aceptamos").
        if here.has(Act::Comparing) && here.has(Act::Committed) && !clause.has(F_US) && !clause.question {
            here.set(Act::ChoseCompetitor);
        }
        // "el hosting no lo necesito" turns down a part of the offer, not the project.
        if here.has(Act::Rejected) && clause.has(F_ADDON) && !clause.has(F_PRODUCT) {
            here.clear(Act::Rejected);
        }
        // (The same said by a pattern: "ya pagué ...".)
        if here.has(Act::Paid) && extra_elsewhere() {
            here.clear(Act::Paid);
        }
        // Asking for the contract is a yes ("envíame el contrato para firmar"), not asking
        // to read it first ("quiero ver el contrato antes").
        const READ: &[&str] = &["ver", "revis", "leer", "leerl", "antes", "mirar", "chequ", "see", "review", "read", "before", "check"];
        let to_read = words.iter().any(|w| READ.iter().any(|r| if r.len() <= 4 { w == r } else { w.starts_with(r) }));
        if here.has(Act::ContractWord) && here.has(Act::Request) && !to_read {
            here.set(Act::Committed);
        }
        // A budget in a negative clause is a price objection ("no tenemos ese presupuesto").
        if clause.has(F_BUDGET) && clause.has(F_NEG) {
            here.set(Act::ObjPrice);
        }
        // Money or time lacking "ahora" ("ahorita no me alcanza", "right now we can't
        // afford it") is not for now; a condition and a call back ("cuando abra el local
        // te escribo") is later.
        // So is no need for now ("no es algo que necesite hoy"), not "ni ahora ni después".
        // (No interest for now stays a no: "no me interesa por ahora".)
        let need = || words.iter().any(|w| w.starts_with("necesit") || w == "need");
        let for_now = || {
            words_has(clause, &["hoy", "ahora", "ahorita", "momento", "todavia", "aun", "yet", "today"])
                && !words_has(clause, &["despues", "nunca", "never", "later", "ni"])
        };
        if here.has(Act::Rejected) && !clause.question && need() && for_now() {
            here.clear(Act::Rejected);
            here.set(Act::Later);
        }
        let lacking_now = clause.has(F_NOW) && clause.has(F_NEG) && here.any(&[Act::ObjPrice, Act::ObjTime]) && !near_call_back(all);
        let as_soon = clause.has(F_IF) || words.windows(2).any(|p| p[0] == "en" && p[1] == "cuanto");
        if !clause.question && lacking_now || as_soon && calls_back_when(clause) {
            here.set(Act::Later);
        }
        // "sí, pero en enero": a yes for a month to come is a later.
        // (Not when the message asks anything: "sí, pero en enero me mudo, ¿pueden antes?".)
        let later_day = clause.after_but
            && !all.iter().any(|c| c.question)
            && here.has(Act::Dated)
            && clause.words.first().is_some_and(|w| matches!(w.as_str(), "en" | "para" | "despues" | "hasta" | "in" | "after"));
        if !clause.question && later_day && !here.any(&[Act::Committed, Act::Paid]) {
            here.set(Act::Later);
        }
        // "la junta se reúne recién en marzo": not until then.
        if !clause.question && not_until(clause) && !here.any(&[Act::Committed, Act::Paid]) {
            here.set(Act::Later);
        }
        // "mejor en dos semanas", "mejor en enero": a time to come, chosen (later: a
        // rescheduled meeting says the same words).
        if !clause.question && clause.has(F_PREFER) && here.has(Act::Dated) && !here.any(&[Act::Committed, Act::Paid, Act::Later]) {
            here.set(Act::Later);
            preferred_day = true;
        }
        // "en marzo vemos", "después de la feria lo hablamos": a time to come and seeing
        // or talking about it then (later, said in passing: it undoes no decision).
        if !clause.question
            && here.has(Act::Dated)
            && !here.any(&[Act::Committed, Act::Paid])
            && talks_then(clause)
            // Not a next step ("el lunes vemos los detalles del pago").
            && !(clause.has(F_PAY | F_MONEY) || words.iter().any(|w| w == "detalles"))
        {
            here.set(Act::Later);
        }
        // A price or proposal word asks only in a question or a request.
        if clause.question || here.has(Act::Request) {
            if here.has(Act::PriceWord) {
                here.set(Act::AskPrice);
            }
            if here.has(Act::ProposalWord) {
                here.set(Act::AskProposal);
            }
        }
        acts.0 |= here.0;
        if before_but.is_some() {
            after_but.0 |= acts.0 & !before.0 | here.0;
            first_asks |= asks_first(&clause.words);
        }
    }
    // "Sí quiero, pero no ahora", "sí, pero primero quiero ver ejemplos": what follows the
    // "pero" takes back the yes before it.
    let taken_back = after_but.any(&[Act::Later, Act::Postponed, Act::Rejected, Act::ObjThink]) || first_asks;
    if before_but.is_some_and(|b| b.has(Act::Committed)) && taken_back && !after_but.any(&[Act::Committed, Act::Paid]) {
        acts.clear(Act::Committed);
    }
    // "No es lo que buscamos, ¿tienen algo más simple?": a no to this one, asking for
    // another of ours.
    // So is one that goes on to ask the price ("no necesito una tan grande, ¿cuánto sale la
    // básica?").
    let asks_other = |c: &Clause| words_has(c, &["algo", "otro", "otra", "otros", "otras", "mas", "something", "another"]);
    if acts.has(Act::Rejected) && all.last().is_some_and(|c| c.question && (asks_other(c) || acts.has(Act::AskPrice))) {
        acts.clear(Act::Rejected);
    }
    // Paying for another site or paying a lot once ("I paid a lot for my last website",
    // "pagué carísimo la página anterior") tells a story, not a payment to us.
    if acts.has(Act::Paid) && paid_elsewhere(all) {
        acts.clear(Act::Paid);
    }
    // Later said in passing puts the project off only when nothing stronger does; a
    // "mejor" or "prefiero" makes it a choice ("mejor más adelante").
    if acts.has(Act::Later) {
        if acts.has(Act::Postponed) || prefers && !preferred_day {
            acts.clear(Act::Later);
        }
        acts.set(Act::Postponed);
    }
    // Another option that costs less (or nothing) is a price objection too.
    if acts.has(Act::Comparing) && cheaper {
        acts.set(Act::ObjPrice);
    }
    // Someone else is doing it, if the message says who ("ya lo está haciendo otra agencia").
    // (Another option alone, asked about: "encontré algo más barato, ¿qué me ofreces?".)
    let someone_else = acts.has(Act::Comparing) && !asks_more || provider && !with_us || already_built && !with_us;
    // Someone who made the logo, not the site ("la chica que me hizo el logo").
    let someone_else = someone_else && (product || !addon);
    // ("La otra agencia nos entregó tarde la anterior": the site before, not this one.)
    // (Nor one made long ago and left: "hice una página en Wix hace tiempo pero ya no la uso".)
    let before_ours = || all.iter().any(|c| words_has(c, &["anterior", "anteriores", "previous", "old"]) || long_ago(c));
    if acts.has(Act::Elsewhere) && someone_else && !before_ours() {
        acts.set(Act::ChoseCompetitor);
        acts.clear(Act::Comparing);
    }
    // "Está muy por encima de lo que puedo pagar, gracias igual": a reason closed with a
    // thanks-anyway is a no (not one that asks on, nor a later).
    let hesitates = acts.any(&[Act::ObjPrice, Act::ObjTime, Act::Doubt]);
    let open = acts.any(&[Act::Postponed, Act::Later, Act::Dated, Act::Committed, Act::Paid, Act::Comparing, Act::ObjThink]);
    let asks = all.iter().any(|c| c.question);
    if hesitates && !open && !asks && thanks_anyway(all) {
        acts.set(Act::Rejected);
    }
    // "No me da, lo dejo así": leaving it as it is, after a reason or a no ("me gusta el
    // diseño, lo dejo así" approves a design).
    let leaves = || {
        all.iter().any(|c| {
            let w = &c.words;
            (0..w.len()).any(|i| {
                matches!(w[i].as_str(), "dejo" | "dejamos" | "dejemos" | "dejemoslo" | "dejare" | "dejaremos" | "dejalo" | "dejala" | "dejar" | "dejarlo")
                    && (i + 1..(i + 3).min(w.len())).any(|j| matches!(w[j].as_str(), "asi" | "ahi" | "hasta"))
            })
        })
    };
    // ("No le cambies nada, déjalo así": the design, left as it is.)
    const DESIGN: &[&str] = &["cambi", "disen", "color", "letra", "fuente", "foto", "texto", "logo", "boton", "imagen", "fondo"];
    let design = || all.iter().flat_map(|c| c.words.iter()).any(|w| DESIGN.iter().any(|d| w.starts_with(d)));
    if acts.has(Act::Rejected) && leaves() && design() {
        acts.clear(Act::Rejected);
    }
    // ("Prefiero dejarlo hasta aquí": left where it is, a no by itself.)
    let here = || {
        all.iter().any(|c| {
            let w = &c.words;
            w.windows(3).any(|t| t[0].starts_with("dej") && t[1] == "hasta" && matches!(t[2].as_str(), "aqui" | "aca" | "ahi"))
        })
    };
    let refuses = hesitates || all.iter().any(|c| c.has(F_NEG)) || here();
    if refuses && !asks && !acts.any(&[Act::Committed, Act::Paid, Act::ChoseCompetitor, Act::Dated]) && leaves() && !design() {
        acts.set(Act::Rejected);
    }
    // "Ahorita ando sin tiempo, quizás en marzo": a reason with a time to come is a later.
    let decided = acts.any(&[Act::Committed, Act::Paid, Act::Rejected, Act::ChoseCompetitor, Act::Elsewhere, Act::CantGo]);
    // "Después de darle muchas vueltas, no": a bare no closing a message that thought it over.
    const THOUGHT: &[&str] = &[
        "pense", "pensamos", "vueltas", "consulte", "consultamos", "hable", "hablamos", "analice", "analizamos", "evaluamos",
        "revise", "revisamos", "almohada",
    ];
    let bare_no_last = all.last().is_some_and(|c| {
        let n = c.words.len();
        n >= 2 && c.words[n - 1] == "no" && c.commas.contains(&(n - 1)) && !c.question
    });
    if bare_no_last && !acts.any(&[Act::Committed, Act::Paid, Act::ChoseCompetitor]) && all.iter().any(|c| words_has(c, THOUGHT)) {
        acts.set(Act::Rejected);
    }
    // "Este mes no puedo, ¿te escribo en marzo?": a no for now and a day to come back, asked.
    const BACK: &[&str] = &["escribo", "aviso", "retomamos", "contacto", "busco", "llamo", "write", "reach", "text"];
    let back_asked = || all.iter().any(|c| c.question && words_has(c, BACK) && dated(c));
    let not_now = || all.iter().any(|c| !c.question && c.has(F_NEG));
    if !decided && !acts.has(Act::Postponed) && back_asked() && not_now() {
        acts.set(Act::Postponed);
    }
    // (Not with something to send on that day: "ando ocupada hoy, mañana te mando el logo".)
    let sends = || all.iter().any(|c| c.has(F_WILL_SEND));
    // (A time to come, not this one: "no me alcanza este mes" is the objection, not a date.)
    let to_come = || {
        all.iter().any(|c| (0..c.words.len()).any(|i| dated_at(c, i) && !matches!(c.words[i].as_str(), "este" | "esta" | "this")))
    };
    if acts.any(&[Act::ObjTime, Act::ObjPrice]) && acts.has(Act::Dated) && !decided && !asks && !sends() && to_come() && !near_call_back(all) {
        acts.set(Act::Postponed);
    }
    // "No vamos a poder": a no, unless a time says when it could be.
    if acts.has(Act::CantGo) {
        acts.set(if acts.has(Act::Dated) { Act::Postponed } else { Act::Rejected });
    }
    // "Ya lo resolvimos, gracias": covered elsewhere, unless the message goes on to ask
    // or to a "pero" ("ya tenemos página, pero queremos renovarla").
    if acts.has(Act::Covered) && !asks_more && !any_but && !with_us {
        acts.set(Act::ChoseCompetitor);
    }
    if acts.has(Act::Picked) && (acts.has(Act::Comparing) || provider && !with_us) {
        acts.set(Act::ChoseCompetitor);
        acts.clear(Act::Comparing);
    }
    // What was decided, the rest of the message says.
    // "Nos quedamos con 3 opciones": a shortlist, still comparing.
    if acts.has(Act::Decided) && shortlist(all) {
        acts.clear(Act::Decided);
        acts.set(Act::Comparing);
    }
    // "Decidimos invertir en publicidad en vez de la web": what we sell, passed over.
    if acts.has(Act::Decided) && instead_of_ours(all) {
        acts.clear(Act::Decided);
        acts.set(Act::Rejected);
    }
    if acts.has(Act::Decided) {
        // Someone named in a no ("hablé con mi socio y al final no vamos a hacerla") is
        // who decided it, not who will build it.
        // ("Creo que voy a ir por esa, disculpa": an apology tells whose.)
        let sorry = apologises(all) && !with_us && !acts.any(&[Act::Rejected, Act::Postponed]);
        let theirs = acts.has(Act::Comparing) || decided_other || sorry || (provider || with_them(all)) && !with_us && !acts.has(Act::Rejected);
        // ("We went with a template last year and regret it": before this sale.)
        if !decided_us && !decided_product && theirs && !before_ours() {
            acts.set(Act::ChoseCompetitor);
            acts.clear(Act::Comparing);
        } else if !acts.any(&[Act::Rejected, Act::Postponed]) && (words_n > 3 && (chose_ours || starts_work(all)) || text_says_yes(all)) {
            // "ya decidimos" alone says what in the next message ("nos vamos con otra
            // agencia"): only a decision with its object is a yes.
            acts.set(Act::Committed);
        }
    }
    // "Mejor lo hacemos después de la feria", "mejor arrancamos en marzo": a yes moved by
    // choice to a month or an event to come is a later ("mejor arrancamos el lunes" is not).
    // So is "este año no, pero el otro año sí quiero".
    let not_this = |c: &Clause| no_this(c, &["este", "esta", "this"], PERIODS);
    let far = || all.iter().any(|c| !c.question && far_date(c));
    let moved = || all.iter().any(|c| !c.question && c.has(F_PREFER) && far_date(c)) || all.iter().any(not_this) && far();
    // (All three need a time: most messages name none.)
    let timed = acts.has(Act::Dated);
    // "¿Y si lo hacemos en enero?", "¿lo podemos dejar para marzo?": asked to move it there.
    const MOVE: &[&str] = &[
        "hacemos", "hacerlo", "hacerla", "arrancar", "arrancamos", "empezar", "empezamos", "comenzar", "comenzamos", "iniciar",
        "iniciamos", "dejar", "dejamos", "dejarlo", "dejarla", "pasarlo", "pasarla", "moverlo", "moverla", "correrlo", "correrla",
        "postergar", "postergarlo", "aplazar", "aplazarlo", "start", "do", "push", "move",
    ];
    let asks_later = || all.iter().any(|c| c.question && words_has(c, MOVE) && far_date(c));
    let undecided = !acts.any(&[Act::Paid, Act::ChoseCompetitor, Act::Rejected]);
    if timed && undecided && !pay_words && !acts.has(Act::Postponed) && asks_later() {
        acts.clear(Act::Committed);
        acts.set(Act::Postponed);
    }
    if timed && acts.has(Act::Committed) && !pay_words && moved() {
        acts.clear(Act::Committed);
        acts.set(Act::Postponed);
    }
    // "Este año no": not this year is a later, as "por ahora no" is.
    let this_year_no = |c: &Clause| no_this(c, &["este", "this"], &["ano", "year"]);
    // (Said with a decision, it stays one: "la dirección ha resuelto no avanzar este año".)
    if timed && !acts.any(&[Act::Paid, Act::ChoseCompetitor, Act::Committed, Act::Rejected]) && all.iter().any(|c| !c.question && this_year_no(c)) {
        acts.set(Act::Postponed);
    }
    // Leaving it with a time to come back is putting it off ("dejémoslo para el año que
    // viene"), not a no.
    if acts.has(Act::Rejected) && acts.has(Act::Postponed) && acts.has(Act::Dated) {
        acts.clear(Act::Rejected);
    }
    // Choosing someone else outranks its reasons; paying outranks promising to pay.
    if acts.has(Act::ChoseCompetitor) {
        acts.clear(Act::Rejected);
        acts.clear(Act::Committed);
    }
    if acts.has(Act::Paid) {
        acts.clear(Act::Committed);
        acts.clear(Act::Postponed);
        acts.clear(Act::Later);
    }
    // Asking for the price or how to pay is not putting it off ("retomando: ¿cuánto era?").
    if acts.any(&[Act::AskPrice, Act::AskProposal, Act::AskPayment, Act::Committed]) {
        acts.clear(Act::Postponed);
        acts.clear(Act::Later);
    }
    // A postponement is also a timing objection.
    if acts.has(Act::Postponed) {
        acts.set(Act::ObjTime);
    }
    if acts.has(Act::Committed) && pay_words {
        acts.set(Act::WillPay);
    }
    for helper in [
        Act::PriceWord, Act::ProposalWord, Act::Request, Act::Decided, Act::Elsewhere, Act::CantGo, Act::ContractWord,
        Act::Picked, Act::Covered,
    ] {
        acts.clear(helper);
    }
    (acts, words_n, common_n)
}

/// "Ahorita no puedo, te llamo en la tarde", "ando ocupada, mañana te escribo": a call
/// back within the day or the next puts off the conversation, not the project.
fn near_call_back(all: &[Clause]) -> bool {
    const CALL_BACK: &[&str] = &["llamo", "marco", "escribo", "hablamos", "contesto", "respondo", "call", "text"];
    const NEAR: &[&str] = &["hoy", "manana", "tarde", "noche", "rato", "ratito", "today", "tomorrow", "tonight", "later"];
    all.iter().any(|c| words_has(c, CALL_BACK))
        && all.iter().any(|c| words_has(c, NEAR))
        && !all.iter().any(|c| (0..c.words.len()).any(|i| dated_at(c, i) && !NEAR.contains(&c.words[i].as_str())))
}

/// "gracias igual", "igual gracias", "gracias de todas formas", "thanks anyway": a thanks
/// that closes the matter.
fn thanks_anyway(all: &[Clause]) -> bool {
    const THANKS: &[&str] = &["gracias", "thanks", "thank"];
    all.iter().any(|c| {
        let w = &c.words;
        (0..w.len()).any(|i| {
            THANKS.contains(&w[i].as_str())
                && (words_has_at(c, i + 1, &["igual", "anyway", "anyways", "though"])
                    || i > 0 && w[i - 1] == "igual"
                    || w.get(i + 1).is_some_and(|x| x == "de") && words_has_at(c, i + 2, &["todas", "todos"])
                    || w.get(i + 1).is_some_and(|x| x == "you") && words_has_at(c, i + 2, &["anyway", "anyways"])
                    // ("gracias por tu paciencia", "gracias por tu tiempo": a thanks that closes.)
                    || w.get(i + 1).is_some_and(|x| x == "por") && words_has_at(c, i + 3, &["paciencia", "tiempo"]))
        })
    })
}

/// Whether word `i` names a time to come: "el lunes", "la próxima semana", "mañana" (but
/// not "esta mañana", "en la mañana": the morning).
fn dated_at(c: &Clause, i: usize) -> bool {
    let f = c.flags(i);
    let w = &c.words;
    if w[i] == "manana" && i > 0 && matches!(w[i - 1].as_str(), "esta" | "la" | "this") {
        return false;
    }
    f & F_DATED != 0
        // "el 15", "el 30": a day of the month.
        || i > 0 && w[i - 1] == "el" && w[i].len() <= 2 && w[i].parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
        // "tras las elecciones", "después de la remodelación": once an event is over.
        || w[i] == "tras" && c.flags(i + 1) & F_THE != 0
        || w[i] == "despues" && w.get(i + 1).is_some_and(|n| n == "del" || n == "de" && c.flags(i + 2) & F_THE != 0)
        // "pasando la temporada", "pasando las fiestas": once a time is over.
        || w[i] == "pasando" && starts_phrase(c, i) && c.flags(i + 1) & F_THE != 0
        || f & F_DATED_AFTER != 0 && c.flags(i + 1) & F_PERIOD != 0
        || f & F_PERIOD != 0 && w.get(i + 1).is_some_and(|n| n == "que")
        || in_some(w, i)
}

/// "en dos semanas", "in 3 months": a count of days, weeks or months from now.
fn in_some(w: &[String], i: usize) -> bool {
    const SPANS: &[&str] = &["dias", "semanas", "meses", "days", "weeks", "months"];
    const COUNTS: &[&str] = &["dos", "tres", "cuatro", "cinco", "unos", "unas", "par", "two", "three", "four", "five", "a", "few"];
    i >= 2
        && SPANS.contains(&w[i].as_str())
        && (COUNTS.contains(&w[i - 1].as_str()) || w[i - 1].bytes().all(|b| b.is_ascii_digit()))
        && w[..i].iter().rev().take(3).any(|x| x == "en" || x == "in")
}

/// The client's own staff, someone else than us: "el de sistemas", "el área de TI",
/// "nuestro equipo", "our IT guy" (as the twentieth batch's "lo va a hacer el de sistemas
/// de la empresa").
fn in_house(all: &[Clause]) -> bool {
    const STAFF: &[&str] = &["equipo", "programador", "programadora", "disenador", "disenadora", "gente", "team", "staff"];
    all.iter().any(|c| {
        if !c.has(F_STAFF) {
            return false;
        }
        let w = &c.words;
        w.windows(2).any(|p| p[0] == "de" && matches!(p[1].as_str(), "sistemas" | "ti" | "it" | "tecnologia" | "informatica"))
            || w.windows(2).any(|p| matches!(p[0].as_str(), "nuestro" | "nuestra" | "mi" | "our") && STAFF.contains(&p[1].as_str()))
            || w.windows(2).any(|p| p[0] == "our" && matches!(p[1].as_str(), "it" | "tech"))
    })
}

/// A date a month or more away, or once something is over: a month's name, "el próximo
/// mes", "en dos meses", "después de la feria", "tras las elecciones".
fn far_date(c: &Clause) -> bool {
    const MONTHS: &[&str] = &[
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
        "noviembre", "diciembre", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "mes", "ano", "semestre", "trimestre", "month", "year", "quarter", "meses", "months",
    ];
    let w = &c.words;
    (0..w.len()).any(|i| dated_at(c, i) && (MONTHS.contains(&w[i].as_str()) || matches!(w[i].as_str(), "despues" | "tras" | "pasando") || w.get(i + 1).is_some_and(|n| MONTHS.contains(&n.as_str()))))
}

fn dated(c: &Clause) -> bool {
    (0..c.words.len()).any(|i| dated_at(c, i))
}

fn dated_before_comma(c: &Clause) -> bool {
    let end = c.commas.iter().copied().filter(|&k| k > 0).min().unwrap_or(c.words.len());
    (0..end.min(c.words.len())).any(|i| dated_at(c, i))
}

/// Stems of starting the work ("arrancar", "empezamos", "hacerla").
const STARTING: &[&str] = &["arranc", "empez", "empec", "comenz", "inici", "hacerl", "hacemos", "start", "propuesta", "cotizacion", "oferta", "opcion"];

/// Whether the words right after pattern `p` (matched at `i`) name another thing to do
/// than the project ("no voy a poder | revisarlo", "me animo a | elegir"): an infinitive
/// that is not going ahead, doing, paying or starting.
fn about_other_verb(p: &Pattern, words: &[String], i: usize) -> bool {
    const CLITICS: &[&str] = &["las", "los", "la", "lo", "les", "le", "me", "te", "nos", "se"];
    const PROJECT: &[&str] = &["hac", "pag", "invert", "empez", "arranc", "comenz", "inici", "trabaj", "cancel", "transfer", "deposit"];
    let mut at = i + p.words_len();
    if words.get(at).is_some_and(|w| w == "a" || w == "to") {
        at += 1;
    }
    let Some(w) = words.get(at) else { return false };
    let stem = CLITICS.iter().find_map(|c| w.strip_suffix(c).filter(|s| s.len() >= 4 && s.ends_with('r'))).unwrap_or(w);
    // (Words ending like one that are not: "hagámoslo, cualquier cosa te aviso".)
    const NOT_VERBS: &[&str] = &[
        "cualquier", "primer", "tercer", "mujer", "ayer", "lugar", "hogar", "taller", "super", "amor", "favor", "whenever", "ever",
        "later", "never", "other", "after", "over", "together", "sooner", "better", "rather", "either", "order", "earlier", "year",
        "clear", "near", "far", "their", "your", "our", "for", "per", "her", "sir", "dear", "offer", "number",
    ];
    let infinitive = stem.len() >= 4
        && (stem.ends_with("ar") || stem.ends_with("er") || stem.ends_with("ir"))
        && !NOT_VERBS.contains(&stem);
    infinitive && !goes_ahead(stem) && !PROJECT.iter().any(|s| stem.starts_with(s))
}

/// "nos quedamos con 3 opciones", "shortlisted two agencies": a number of options.
fn shortlist(all: &[Clause]) -> bool {
    const COUNT: &[&str] = &["2", "3", "4", "5", "dos", "tres", "cuatro", "cinco", "two", "three", "four", "five"];
    const OPTIONS: &[&str] = &["opciones", "propuestas", "cotizaciones", "agencias", "finalistas", "options", "agencies", "quotes", "proposals"];
    all.iter().any(|c| c.words.windows(2).any(|w| COUNT.contains(&w[0].as_str()) && OPTIONS.contains(&w[1].as_str())))
}

/// "el mismo que nos maneja las redes", "la que me hizo el logo": someone, told by what
/// they do for the client.
fn described_someone(c: &Clause) -> bool {
    let w = &c.words;
    (2..w.len()).any(|i| {
        matches!(w[i].as_str(), "nos" | "me")
            && w[i - 1] == "que"
            && (matches!(w[i - 2].as_str(), "mismo" | "misma") || matches!(w[i - 2].as_str(), "el" | "la") && (i < 3 || w[i - 3] != "lo"))
    })
}

/// "me voy con él", "vamos con ellos": a decision for someone just named, not us.
fn with_them(all: &[Clause]) -> bool {
    all.iter().any(|c| {
        let w = &c.words;
        (1..w.len()).any(|i| {
            w[i - 1] == "con" && (matches!(w[i].as_str(), "ella" | "ellos" | "ellas") || w[i] == "el" && (i + 1 == w.len() || c.commas.contains(&(i + 1))))
                || w[i - 1] == "with" && matches!(w[i].as_str(), "him" | "her" | "them")
        })
    })
}

/// "Enviaste $300.000 a ...", "You sent $300 to ...": the notice's verb, not what the
/// seller sent the client ("la propuesta que me enviaste", "you sent me the quote").
fn notice_sent(c: &Clause) -> bool {
    let w = &c.words;
    (0..w.len()).any(|i| {
        c.flags(i) & F_SENT_YOU != 0
            && !(i > 0 && matches!(w[i - 1].as_str(), "me" | "nos" | "que" | "i" | "we"))
            && !w.get(i + 1).is_some_and(|n| matches!(n.as_str(), "me" | "us"))
    })
}

/// "you sent me the quote", "lo que me mandaste": a sending verb whose subject is the
/// seller.
fn sent_to_client(c: &Clause) -> bool {
    let w = &c.words;
    (0..w.len()).any(|i| {
        c.flags(i) & F_SENT != 0
            && (i > 0 && matches!(w[i - 1].as_str(), "you" | "me") || w.get(i + 1).is_some_and(|n| matches!(n.as_str(), "me" | "us")))
    })
}

/// "pago por PSE esta noche", "transfiero el viernes", "te yapeo al toque": paying in the
/// first person, opening a phrase or said to the seller, for a day to come or right away.
fn pays_on(c: &Clause) -> bool {
    const PAY: &[&str] = &["pago", "transfiero", "deposito", "consigno", "giro", "abono", "yapeo", "plineo", "liquido"];
    const THEY_PAY: &[&str] = &[
        "paga", "pagan", "transfiere", "transfieren", "deposita", "depositan", "consigna", "consignan", "gira", "giran", "abona",
        "abonan",
    ];
    let w = &c.words;
    // (Not on a condition: "si te pago el lunes, ¿empiezan el martes?".)
    let on_condition = |i: usize| on_condition(c, i);
    let opens = (0..w.len()).any(|i| {
        // ("te la pago el 15": to the seller, with what is paid between.)
        let to_you = i > 0 && c.flags(i - 1) & F_TO_YOU != 0
            || i > 1 && matches!(w[i - 1].as_str(), "lo" | "la") && c.flags(i - 2) & F_TO_YOU != 0;
        PAY.contains(&w[i].as_str()) && (starts_phrase(c, i) || to_you) && !on_condition(i)
            // Someone paying for the client: "mi socio te paga pasado mañana".
            || THEY_PAY.contains(&w[i].as_str()) && to_you && !on_condition(i)
    });
    // Soon: "al toque", "al tiro", "en un rato", "ahorita", "ya mismo".
    let soon = || {
        w.windows(2).any(|p| matches!((p[0].as_str(), p[1].as_str()), ("al", "toque" | "tiro") | ("un", "rato") | ("ya", "mismo")))
            || words_has(c, &["ahorita", "ahoritita"])
    };
    opens && (dated(c) || soon())
}

/// Whether an "if" or "when" comes before word `i` ("si te pago el lunes", "cuando tenga
/// la plata te la paso"); a "sí" typed as a yes is not one.
fn on_condition(c: &Clause, i: usize) -> bool {
    (0..i).any(|j| c.flags(j) & F_IF != 0 && !c.yes_at.contains(&j))
}

/// "voy a pagar la mitad", "te voy a transferir el lunes", "vamos a hacer el depósito",
/// "mañana le voy a liquidar el saldo", "me comprometo a pagarte": paying, said as going to
/// (not on a condition: "si me haces descuento voy a pagar todo junto").
fn going_to_pay(c: &Clause) -> bool {
    const GOING: &[&str] = &["voy", "vamos", "va", "van", "comprometo", "comprometemos"];
    const PAY: &[&str] = &["pag", "transferi", "deposit", "consign", "abon", "gir", "liquid", "yape", "pline", "cancel"];
    // (Money or the seller is always named: most clauses name neither.)
    if !c.has(F_MONEY | F_MONEY_IN | F_TO_YOU | F_PAY) {
        return false;
    }
    let w = &c.words;
    // "te transferiré el anticipo", "pagaré la primera cuota", "mi socio te pagará".
    const FUTURE: &[&str] = &["re", "remos", "ra", "ran"];
    let future = |x: &str| PAY.iter().any(|p| x.starts_with(p)) && FUTURE.iter().any(|f| x.strip_suffix(f).is_some_and(|s| s.ends_with('a') || s.ends_with('i')));
    let dated_or_to_you = || c.has(F_TO_YOU) || dated(c);
    if (0..w.len()).any(|i| future(&w[i]) && !subjunctive(c, i))
        && (c.has(F_MONEY | F_MONEY_IN) || dated_or_to_you())
        && !on_condition(c, w.len())
    {
        return true;
    }
    (1..w.len()).any(|i| {
        let verb = PAY.iter().any(|p| w[i].starts_with(p)) && w[i].contains('r')
            || matches!(w[i].as_str(), "hacer" | "hacerte" | "hacerle" | "hacerles" | "mandar" | "mandarte" | "enviar" | "enviarte")
                && c.has(F_MONEY_IN);
        // What is paid is money, or the seller ("te voy a pagar", "pagarte"): not "voy a
        // pagar la luz primero", "va a girar a Europa".
        let to_you = w[i].ends_with("te") || w[i].ends_with("le") || w[i].ends_with("les") || i > 2 && c.flags(i - 3) & F_TO_YOU != 0;
        verb && w[i - 1] == "a"
            && i > 1
            && GOING.contains(&w[i - 2].as_str())
            && (to_you || c.has(F_MONEY | F_MONEY_IN))
            && !on_condition(c, i)
    })
}

/// "primero quiero ver ejemplos", "antes necesito hablarlo", "first I need to see": something
/// asked for before deciding.
fn asks_first(words: &[String]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "primero" | "first")
            || w == "antes" && words.get(i + 1).is_some_and(|n| matches!(n.as_str(), "quiero" | "necesito" | "tengo" | "debo" | "hay" | "quisiera"))
    })
}

/// Whether a "not yet" is near word `i` ("todavía no ha sido aprobada", "not yet
/// approved", "no lo aprobaron aún").
fn not_yet(words: &[String], i: usize) -> bool {
    let near = &words[i.saturating_sub(4)..words.len().min(i + 4)];
    near.iter().any(|w| matches!(w.as_str(), "todavia" | "aun" | "yet"))
}

/// Whether word `i` of a clause is one of `list`.
fn words_has_at(c: &Clause, i: usize, list: &[&str]) -> bool {
    c.words.get(i).is_some_and(|w| list.contains(&w.as_str()))
}

/// Whether a clause holds any of `list`.
fn words_has(c: &Clause, list: &[&str]) -> bool {
    c.words.iter().any(|w| list.contains(&w.as_str()))
}

/// "recién en marzo", "después de mayo", "after the holidays in March": not until a time to
/// come.
fn not_until(c: &Clause) -> bool {
    let w = &c.words;
    (0..w.len()).any(|i| {
        let from = match w[i].as_str() {
            "recien" | "after" => i + 1,
            "despues" if w.get(i + 1).is_some_and(|n| n == "de" || n == "del") => i + 2,
            _ => return false,
        };
        (from..w.len().min(from + 3)).any(|j| dated_at(c, j))
    })
}

/// "en vez de la web", "instead of the website": something else chosen over what we sell
/// (not "la tienda en vez de la landing": one of ours over another).
fn instead_of_ours(all: &[Clause]) -> bool {
    all.iter().any(|c| {
        let w = &c.words;
        (0..w.len()).any(|i| {
            let after = match (w[i].as_str(), w.get(i + 1).map(String::as_str), w.get(i + 2).map(String::as_str)) {
                ("en", Some("vez" | "lugar"), Some("de" | "del")) => i + 3,
                ("instead", Some("of"), _) => i + 2,
                _ => return false,
            };
            let ours = |j: usize| c.flags(j) & (F_PRODUCT | F_US) != 0;
            (after..w.len().min(after + 3)).any(ours) && !(0..i).any(ours)
        })
    })
}

/// The social networks and shop windows a client may already sell through.
const SOCIAL: &[&str] = &[
    "instagram", "insta", "ig", "facebook", "face", "fanpage", "whatsapp", "tiktok", "redes", "marketplace", "linktree",
    "catalogo",
];

/// "vamos a seguir con el Instagram nomás", "nos quedamos con la fanpage": staying with
/// the social network they have, not negated (and not "mientras armamos la web").
fn stays_with_social(c: &Clause) -> bool {
    const STAY: &[&str] = &[
        "seguir", "seguimos", "seguiremos", "sigo", "quedarnos", "quedarme", "quedamos", "quedo", "continuar", "continuamos",
        "stick", "stay", "keep",
    ];
    // ("seguir vendiendo solo por Instagram": a gerund and "por" between.)
    const BETWEEN: &[&str] = &[
        "con", "with", "por", "en", "solo", "solamente", "nomas", "el", "la", "los", "las", "mi", "nuestro", "nuestra",
        "vendiendo", "trabajando", "usando", "atendiendo", "on", "using", "selling", "through", "via", "just", "only", "the", "our",
    ];
    let w = &c.words;
    (0..w.len()).any(|i| {
        STAY.contains(&w[i].as_str())
            && !negated(c, i)
            && w.get(i + 1).is_some_and(|x| BETWEEN.contains(&x.as_str()))
            && w[i + 1..w.len().min(i + 6)].iter().take_while(|x| BETWEEN.contains(&x.as_str()) || SOCIAL.contains(&x.as_str())).any(|x| SOCIAL.contains(&x.as_str()))
    }) && !c.has(F_PRODUCT)
}

/// Whether a message says sorry ("disculpa", "qué pena", "lo siento"): nobody apologises
/// for choosing us.
fn apologises(all: &[Clause]) -> bool {
    all.iter().any(|c| {
        c.words.iter().enumerate().any(|(i, w)| {
            matches!(w.as_str(), "disculpa" | "disculpe" | "disculpen" | "disculpas" | "perdon" | "perdona" | "perdone" | "sorry")
                || w == "siento" && i > 0 && c.words[i - 1] == "lo"
                || w == "pena" && i > 0 && c.words[i - 1] == "que"
        })
    })
}

/// Whether a message speaks of going ahead or starting the work ("decidimos arrancar").
fn starts_work(all: &[Clause]) -> bool {
    all.iter().flat_map(|c| c.words.iter()).any(|w| goes_ahead(w) || STARTING.iter().any(|s| w.starts_with(s)))
}

/// Verbs of going on with the project: negated, they end it.
fn goes_ahead(w: &str) -> bool {
    const STEMS: &[&str] = &["segui", "seguir", "sigamos", "continu", "avanz", "proced", "contrat", "proceed", "tomar"];
    STEMS.iter().any(|s| w.starts_with(s)) || w == "seguimos"
}

/// "no creo que la hagamos", "dudo que sigamos", "I doubt we'll go ahead".
fn doubts_going_on(words: &[String]) -> bool {
    let start = words.windows(3).position(|w| w[0] == "no" && w[1] == "creo" && w[2] == "que").map(|k| k + 3)
        .or_else(|| words.windows(2).position(|w| w[0] == "dudo" && w[1] == "que").map(|k| k + 2));
    // ("hagamos" typed as heard: "agamos".)
    start.is_some_and(|k| {
        words[k..words.len().min(k + 3)].iter().any(|w| goes_ahead(w) || w.starts_with("hag") || w.starts_with("agam") || w.starts_with("necesit"))
    })
}

/// A negator right before the verb, with only pronouns and auxiliaries between ("no
/// vamos a seguir", "ya no lo quiero contratar"; not "no hay problema, seguimos").
fn refused(words: &[String], i: usize) -> bool {
    const BETWEEN: &[&str] = &[
        "lo", "la", "los", "las", "le", "les", "nos", "me", "te", "a", "quiero", "queremos", "vamos",
        "voy", "podemos", "puedo", "mas", "ya", "will", "want", "to", "be", "going",
    ];
    words[..i]
        .iter()
        .rev()
        .find(|w| !BETWEEN.contains(&w.as_str()))
        .is_some_and(|w| NEGATORS.contains(&w.as_str()))
}

/// "te consigné", "le transferí anoche": a verb that can only send money, not after
/// "si"/"cuando".
fn sent_money(c: &Clause) -> bool {
    c.has(F_PAID_SENT)
        && (0..c.words.len()).any(|i| c.flags(i) & F_PAID_SENT != 0 && (i == 0 || c.flags(i - 1) & F_IF == 0))
}

/// An amount of money in the words: a number of 100 or more ("te pasé los 500").
/// (Not a number that names something: "NIT 900123456", "pedido 4521", "cel 3001234567".)
fn has_amount(words: &[String]) -> bool {
    const NAMES: &[&str] = &[
        "nit", "ruc", "cuit", "rut", "rfc", "cedula", "cc", "dni", "ci", "tel", "telefono", "celular", "cel", "whatsapp",
        "wsp", "nro", "numero", "folio", "orden", "pedido", "factura", "cuenta", "ref", "referencia", "id", "codigo",
        "invoice", "order", "po", "account", "phone", "ticket", "guia",
    ];
    // ("300k", "450mil", "1.5 palos", "2 lucas": a number and how many thousands or millions.)
    const SCALE: &[&str] = &["k", "mil", "m", "mm", "millones", "millon", "palos", "palo", "lucas", "luquitas", "varos"];
    let scaled = |i: usize, w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        digits >= 1
            && (digits < w.len() && SCALE.contains(&&w[digits..]) || digits == w.len() && words.get(i + 1).is_some_and(|n| SCALE.contains(&n.as_str())))
    };
    // (The number first: most words are none.)
    words.iter().enumerate().any(|(i, w)| {
        w.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && (w.len() >= 3 && w.bytes().all(|b| b.is_ascii_digit()) && w.trim_start_matches('0').len() >= 3 || scaled(i, w))
            && !(i > 0 && NAMES.contains(&words[i - 1].as_str()))
    })
}

/// "acabo de mandar", "acabamos de enviar", "le hice llegar": sending said as just done.
fn just_sent(words: &[String]) -> bool {
    const VERBS: &[&str] = &[
        "mandar", "mandarte", "enviar", "enviarte", "pasar", "pasarte", "girar", "girarte", "hacer",
        "hacerte", "transferir", "transferirte", "consignar", "consignarte", "depositar", "depositarte",
    ];
    words.windows(3).any(|w| {
        matches!(w[0].as_str(), "acabo" | "acabamos" | "acaba") && w[1] == "de" && VERBS.contains(&w[2].as_str())
    })
        // "le hice llegar la mitad", "les hicimos llegar el comprobante".
        || words.windows(2).any(|w| matches!(w[0].as_str(), "hice" | "hicimos" | "hizo") && w[1] == "llegar")
}

/// "pagamos ayer", "ya abonamos": a payment verb in the past with a word that dates it
/// before now, not after "si"/"cuando" ("si pagamos ya, ¿hay descuento?").
/// A no with "este"/"this" and a period in the clause ("este año no", "este mes no puedo").
fn no_this(c: &Clause, this: &[&str], periods: &[&str]) -> bool {
    (c.has(F_NEG) || c.words.iter().any(|w| w == "no,"))
        && c.words.windows(2).any(|p| this.contains(&p[0].as_str()) && periods.contains(&p[1].as_str()))
}

/// "hace tiempo", "hace años", "hace unos meses", "years ago": long before this chat.
fn long_ago(c: &Clause) -> bool {
    c.words.windows(2).any(|p| {
        p[0] == "hace" && matches!(p[1].as_str(), "tiempo" | "anos" | "mucho" | "unos" | "varios")
            || p[0] == "years" && p[1] == "ago"
            || p[0] == "last" && p[1] == "year"
            || p[0] == "ano" && matches!(p[1].as_str(), "pasado" | "antepasado")
    })
}

fn paid_before(c: &Clause) -> bool {
    c.has(F_PAID_VERB)
        && (c.has(F_PAST) || dated_past(c) || c.said_paid)
        && (0..c.words.len()).any(|i| {
            c.flags(i) & F_PAID_VERB != 0 && (i == 0 || c.flags(i - 1) & F_IF == 0) && (c.said_paid || !subjunctive(c, i))
        })
}

/// "ayer", "anoche", "el mes pasado" (not "pasado mañana"): a day gone by.
fn dated_past(c: &Clause) -> bool {
    let w = &c.words;
    (0..w.len()).any(|i| {
        matches!(w[i].as_str(), "ayer" | "anoche" | "yesterday")
            || matches!(w[i].as_str(), "pasado" | "pasada" | "last") && i > 0 && !words_has_at(c, i + 1, &["manana"])
    })
}

/// "que te pague", "que le mande": a verb after "que" asks someone to do it (a
/// subjunctive, spelled like the past without its accent); it does not say it was done.
/// (With a day gone by it is the past again: "le dije que te mandé la plata ayer".)
fn subjunctive(c: &Clause, i: usize) -> bool {
    let w = &c.words;
    (i > 0 && w[i - 1] == "que" || i > 1 && c.flags(i - 1) & F_TO_YOU != 0 && w[i - 2] == "que") && !dated_past(c)
}

/// "le pedí a contabilidad que te pague", "ya dije que te paguen": payment ordered.
fn ordered_to_pay(c: &Clause) -> bool {
    const ASKED: &[&str] = &[
        "pedi", "pedimos", "dije", "dijimos", "solicite", "solicitamos", "ordene", "autorice", "autorizamos", "encargue",
        "encargamos", "indique", "indicamos",
    ];
    if !c.has(F_TO_YOU) {
        return false;
    }
    // Verbs that can only be money ("que te transfiera"), and verbs that are money when
    // the clause names it ("que te haga el anticipo", "que les mande la plata").
    const PAYS: &[&str] = &["pag", "transfier", "deposit", "consign", "gir", "abon", "yape", "pline"];
    const SENDS: &[&str] = &["hag", "mand", "envi", "pas"];
    let w = &c.words;
    w.iter().any(|x| ASKED.contains(&x.as_str()))
        && w.windows(3).any(|x| {
            x[0] == "que"
                && matches!(x[1].as_str(), "te" | "le" | "les")
                && (PAYS.iter().any(|p| x[2].starts_with(p))
                    || SENDS.iter().any(|p| x[2].starts_with(p)) && c.has(F_MONEY_IN))
        })
}

/// "te giro", "le mando", "les hago" with money in the clause.
fn promises_payment(c: &Clause) -> bool {
    // (Or an amount: "mañana te paso los 300k".)
    sends_to_you(c) && (c.has(F_MONEY) || has_amount(&c.words))
}

/// "te giro", "le mando", "les transfiero", "te lo paso", "se lo deposito": a sending
/// verb right after "te"/"le"/"les" (and what is sent, "lo"/"la").
fn sends_to_you(c: &Clause) -> bool {
    if !c.has(F_WILL_SEND) {
        return false;
    }
    let w = &c.words;
    (1..w.len()).any(|i| {
        c.flags(i) & F_WILL_SEND != 0
            && (c.flags(i - 1) & F_TO_YOU != 0
                || i > 1
                    && matches!(w[i - 1].as_str(), "lo" | "la")
                    && (c.flags(i - 2) & F_TO_YOU != 0 || w[i - 2] == "se")
                    // "cuando tenga la plata te la paso": on a condition.
                    && !on_condition(c, i))
    })
}

/// "ya está hecha la transferencia", "pago realizado": a done word near a payment word
/// (not "te hice una pregunta sobre el pago").
fn done_with_money(c: &Clause) -> bool {
    if !c.has(F_DONE) || !c.has(F_MONEY_IN) {
        return false;
    }
    let n = c.words.len();
    (0..n).any(|i| {
        c.flags(i) & F_DONE != 0 && (i.saturating_sub(4)..(i + 5).min(n)).any(|j| c.flags(j) & F_MONEY_IN != 0)
    })
}

/// Whether a short message carries a yes ("decidimos que sí", "yes, decided").
fn text_says_yes(all: &[Clause]) -> bool {
    all.iter().flat_map(|c| c.words.iter()).any(|w| matches!(w.as_str(), "si" | "yes" | "dale" | "ustedes" | "contigo" | "you"))
}

/// "en tu cuenta", "in your account": the seller's account.
fn in_your_account(c: &Clause) -> bool {
    c.words.windows(2).any(|w| matches!(w[0].as_str(), "tu" | "su" | "your") && matches!(w[1].as_str(), "cuenta" | "account"))
}

/// "te hice el yape", "les hice la transferencia": a done verb right after "te"/"le"/
/// "les", then (after an article) money or a wallet.
fn did_you_money(c: &Clause) -> bool {
    c.has(F_TO_YOU)
        && c.has(F_DONE)
        && (1..c.words.len()).any(|i| {
        c.flags(i - 1) & F_TO_YOU != 0
            && c.flags(i) & F_DONE != 0
            && (c.flags(i + 1) & F_MONEY != 0 || c.flags(i + 1) & F_THE != 0 && c.flags(i + 2) & F_MONEY != 0
                || matches!(c.words.get(i + 1).map(String::as_str), Some("un" | "una")) && c.flags(i + 2) & F_MONEY != 0)
    })
}

/// A question of where to send the money: "¿a dónde te transfiero?", "¿dónde deposito
/// el anticipo?", "where do I send the payment?".
fn asks_where_to_pay(c: &Clause) -> bool {
    c.words.iter().any(|w| matches!(w.as_str(), "donde" | "adonde" | "where"))
        && (c.has(F_PAY) || c.has(F_PAID_SENT) || sends_to_you(c)
            || c.has(F_MONEY) && c.words.iter().any(|w| matches!(w.as_str(), "send" | "mando" | "envio" | "transfer" | "wire")))
}

/// "vemos", "lo hablamos", "retomamos", "decidimos": looking at it again (with a time).
fn talks_then(c: &Clause) -> bool {
    const THEN: &[&str] = &[
        "vemos", "hablamos", "conversamos", "decidimos", "definimos", "revisamos", "evaluamos",
        "talk", "decide", "revisit", "discuss",
    ];
    words_has(c, THEN)
}

/// "cuando abra el local te escribo", "when we have the budget I'll reach out": a
/// condition, then the client getting back in touch.
fn calls_back_when(c: &Clause) -> bool {
    const BACK: &[&str] = &["escribo", "busco", "contacto", "llamo", "aviso", "hablamos", "retomamos", "reach", "call", "text"];
    let w = &c.words;
    // ("en cuanto se normalice": as soon as.)
    let when = w.iter().position(|x| matches!(x.as_str(), "cuando" | "apenas" | "when"))
        .or_else(|| w.windows(2).position(|p| p[0] == "en" && p[1] == "cuanto").map(|k| k + 1));
    when.is_some_and(|k| (k + 2..w.len()).any(|i| BACK.contains(&w[i].as_str()) && (c.flags(i - 1) & F_TO_YOU != 0 || matches!(w[i - 1].as_str(), "ill" | "well" | "we" | "i"))))
        && !c.question
}

/// A question offering to pay on a day: a payment verb to "te"/"le" or "can I send",
/// a day to come, no condition and no terms asked ("antes", "todo", "upfront").
fn offers_to_pay_on(c: &Clause) -> bool {
    const TERMS: &[&str] = &["antes", "despues", "adelantado", "todo", "primero", "cuando", "before", "after", "upfront", "when", "first"];
    let w = &c.words;
    if !dated(c) || c.has(F_IF) || w.iter().any(|x| TERMS.contains(&x.as_str())) {
        return false;
    }
    // A verb that can only pay, or one that sends with money in the clause ("¿te mando
    // el logo el lunes?" offers no payment).
    const PAYS: &[&str] = &["pago", "transfiero", "deposito", "consigno", "giro", "abono", "yapeo", "plineo", "cancelo"];
    let to_you = (1..w.len()).any(|i| {
        c.flags(i - 1) & F_TO_YOU != 0 && (PAYS.contains(&w[i].as_str()) || c.flags(i) & F_WILL_SEND != 0 && c.has(F_MONEY))
    });
    let can_i = w.windows(3).any(|x| matches!(x[0].as_str(), "can" | "could" | "shall") && x[1] == "i" && matches!(x[2].as_str(), "send" | "pay" | "transfer" | "wire"));
    to_you || can_i
}

/// "¿me pasas el CBU?", "¿a qué nombre hago el depósito?": the account to pay into, or
/// whose name it is in, asked for.
fn asks_for_account(c: &Clause, request: bool) -> bool {
    const ACCOUNT: &[&str] = &["cbu", "cvu", "clabe", "iban", "routing"];
    // A wallet is asked for ("¿me pasas tu Nequi?"), not asked about ("¿aceptan Yape?").
    // (Or Argentina's "alias" of the account: "¿me pasás el alias?", "¿cuál es tu alias?".)
    const WALLET: &[&str] = &["nequi", "daviplata", "yape", "plin", "sinpe", "zelle", "alias"];
    let w = &c.words;
    let yours = |i: usize| request || i > 0 && matches!(w[i - 1].as_str(), "tu" | "su" | "your");
    let named = |i: usize| {
        matches!(w[i].as_str(), "cuenta" | "account")
            && (w.get(i + 1).is_some_and(|n| matches!(n.as_str(), "bancaria" | "bancario" | "number" | "details"))
                || i > 0 && matches!(w[i - 1].as_str(), "numero" | "bank" | "tu" | "your")
                // "pásame la cuenta" asks for it; "¿me mandaste la cuenta equivocada?" does not.
                || request && i > 0 && w[i - 1] == "la")
    };
    (0..w.len()).any(|i| ACCOUNT.contains(&w[i].as_str()) || WALLET.contains(&w[i].as_str()) && yours(i) || named(i) || w[i] == "datos" && w.get(i + 1).is_some_and(|n| n == "bancarios"))
        || w.iter().any(|x| x == "nombre") && (c.has(F_PAY | F_MONEY | F_PAID_SENT | F_MONEY_IN) || sends_to_you(c))
}

/// "ya está el depósito", "ahí te va el pago", "aquí está la transferencia": the money
/// is there.
fn money_is_there(c: &Clause) -> bool {
    let w = &c.words;
    w.windows(2).enumerate().any(|(i, p)| {
        let here = matches!(p[0].as_str(), "ya" | "ahi" | "aqui" | "aca");
        // "ahí te va el pago", "aquí está la transferencia".
        let (verb, after) = if p[1] == "te" { (w.get(i + 2).map_or("", String::as_str), i + 3) } else { (p[1].as_str(), i + 2) };
        // ("ya quedó la primera cuota": paid.)
        // ("ya tienes tu plata": the seller has it.)
        here && (verb == "esta" || p[0] == "ya" && matches!(verb, "quedo" | "tienes") || p[0] != "ya" && matches!(verb, "va" | "tienes")) && {
            let at = after + usize::from(c.flags(after) & F_THE != 0 || words_has_at(c, after, &["tu", "su"]));
            // "la primera cuota", "el segundo pago".
            let ordinal = w.get(at).is_some_and(|x| matches!(x.as_str(), "primera" | "primer" | "segunda" | "segundo" | "ultima" | "ultimo" | "first" | "second" | "last"));
            let at = at + usize::from(ordinal);
            // (A payment word alone, "ya está el anticipo", may be the amount agreed.)
            let settled = ordinal || matches!(verb, "quedo" | "tienes") || w.get(at).is_some_and(|x| x == "pago");
            c.flags(at) & F_MONEY_IN != 0 && (c.flags(at) & F_PAY == 0 || settled)
        }
    })
}

/// "ya nos hicieron la página", "ya la armaron": a verb of building in the past, "ya"
/// and what we sell.
fn built_already(c: &Clause) -> bool {
    const BUILT: &[&str] = &[
        "hicieron", "hizo", "hice", "hicimos", "armaron", "armo", "arme", "armamos", "construyeron", "construyo",
        "entregaron", "entrego", "built", "made",
    ];
    let w = &c.words;
    // "ya nos la hicieron": the site, said as "la".
    let for_us = |i: usize| i >= 2 && matches!(w[i - 1].as_str(), "la" | "lo") && matches!(w[i - 2].as_str(), "nos" | "me");
    c.has(F_PAST) && (0..w.len()).any(|i| BUILT.contains(&w[i].as_str()) && (c.has(F_PRODUCT) || for_us(i)))
}

/// Whether a message tells of paying for another site, or of paying a lot once ("I paid
/// a lot for my last website", "pagué carísimo por la anterior").
fn paid_elsewhere(all: &[Clause]) -> bool {
    const BEFORE: &[&str] = &["last", "previous", "old", "other", "anterior", "vieja", "viejo", "otra", "otro", "pasada"];
    const A_LOT: &[&str] = &["mucho", "muchisimo", "carisimo", "caro", "lot", "fortune"];
    let paid = |w: &str| matches!(w, "pague" | "pagamos" | "paid" | "pagaba" | "pagabamos");
    const ELSEWHERE: &[&str] = &["elsewhere", "previously", "anteriormente"];
    all.iter().any(|c| {
        let w = &c.words;
        let before = w.windows(2).any(|p| matches!((p[0].as_str(), p[1].as_str()), ("last", "year") | ("ano", "pasado")));
        w.iter().any(|x| paid(x)) && (before || w.iter().any(|x| ELSEWHERE.contains(&x.as_str())) || (1..w.len()).any(|i| {
            c.flags(i) & (F_PRODUCT | F_PROVIDER) != 0 && BEFORE.contains(&w[i - 1].as_str())
                || A_LOT.contains(&w[i].as_str()) && (paid(&w[i - 1]) || i > 1 && matches!(w[i - 1].as_str(), "a" | "un") && paid(&w[i - 2]))
        }))
    })
}

/// "I'll send the deposit", "we will pay the first half": an English payment promised.
fn will_pay(c: &Clause) -> bool {
    const WILL: &[&str] = &["ill", "well", "will", "gonna", "shall", "going"];
    const SEND: &[&str] = &["send", "pay", "transfer", "wire", "venmo", "zelle", "paypal", "cashapp"];
    let w = &c.words;
    // ("going to pay you", "I'll wire it to you": money, or the seller paid.)
    let to_you = |i: usize| w[i] != "send" && w.get(i + 1).is_some_and(|x| matches!(x.as_str(), "you" | "u"));
    (0..w.len()).any(|i| {
        SEND.contains(&w[i].as_str())
            && (i > 0 && WILL.contains(&w[i - 1].as_str())
                || i > 1 && WILL.contains(&w[i - 2].as_str()) && w[i - 1] != "not")
            && (c.has(F_MONEY) || to_you(i))
    })
}

/// "quiero la tienda", "queremos el plan", "que sea la tienda", "hagan la página":
/// wanting *the* product, not asking about one.
fn wants_the_offer(c: &Clause) -> bool {
    (0..c.words.len()).any(|i| {
        // "quiero la tienda", "que sea la tienda", "hacemos la landing".
        // ("va con la tienda", "dale con el plan pro").
        let want = c.flags(i) & F_WANT != 0
            || c.words[i] == "con" && i > 0 && matches!(c.words[i - 1].as_str(), "va" | "dale" | "voy")
            || c.words[i] == "sea" && i > 0 && c.words[i - 1] == "que"
            || matches!(c.words[i].as_str(), "hacemos" | "hagan" | "haganme" | "hazme" | "hagame" | "hagannos");
        want && c.flags(i + 1) & F_THE != 0 && c.flags(i + 2) & F_PRODUCT != 0
    })
}

/// Whether a seller's message confirms a payment was received: "recibí", "confirmo",
/// "llegó" or "received" with what was paid ("pago recibido", "recibí la primera cuota"),
/// or thanks for it ("¡gracias por tu pago!"); not a promise to confirm it ("te confirmo
/// el pago cuando llegue").
pub fn seller_confirms_payment(text: &str) -> bool {
    // Most seller messages say none of these: skip reading them (one lower-case copy for
    // the three looks).
    let lower = text.to_ascii_lowercase();
    let thanks = lower_has(&lower, &["gracias", "thank"]);
    let money = || lower_has(&lower, &["pago", "transfer", "deposit", "payment", "abono", "cuota", "anticipo", "consign"]);
    let received = lower_has(&lower, &[
        "recib", "confirm", "lleg", "receiv", "got", "reflej", "vi ", "veo", "aparec", "ingres", "entro", "entró", "cay", "registr",
        "acredit",
    ]);
    if !(received || thanks && money()) {
        return false;
    }
    clauses(text).iter().any(|c| {
        // "gracias por tu pago", "thank you for the transfer": the money right after "por".
        let n = c.words.len();
        let thanks_for = (0..n).any(|i| {
            matches!(c.words[i].as_str(), "gracias" | "thanks" | "thank")
                && (i + 1..(i + 3).min(n)).find(|&j| matches!(c.words[j].as_str(), "por" | "for"))
                    .is_some_and(|p| (p + 1..(p + 4).min(n)).any(|j| c.flags(j) & F_MONEY_IN != 0))
        });
        // "no recibí el pago", "aún no llega": not received.
        let received = (0..c.words.len()).any(|i| {
            c.flags(i) & (F_RECEIVED | F_ARRIVED) != 0 && !(i.saturating_sub(2)..i).any(|j| c.flags(j) & F_NEG != 0)
        });
        // Or where money lands: "ya se reflejó en la cuenta", "ya me cayó".
        // (Or the bank's notice of it: "me llegó la notificación del banco".)
        let lands = c.has(F_ARRIVED)
            && (c.words.iter().any(|w| matches!(w.as_str(), "cuenta" | "account" | "banco" | "bank"))
                // (Nothing named after it: "ya me cayó el mensaje" is the message.)
                || (1..c.words.len()).any(|i| c.words[i] == "cayo" && matches!(c.words[i - 1].as_str(), "me" | "nos") && c.flags(i + 1) & F_THE == 0));
        // ("Quedó acreditado", "ya está reflejado", "recibí los 300": words only money takes.)
        let money_only = words_has(c, &["acreditado", "acreditada", "reflejado", "reflejada"]) || has_amount(&c.words);
        !c.question && !c.has(F_IF) && (thanks_for || received && (c.has(F_MONEY_IN) || lands || money_only))
    })
}

/// Whether a seller's message acknowledges receiving something, and asks nothing
/// ("Recibido, ¡gracias!", "Ya me llegó 🙌", "Confirmado"): after the client's
/// screenshot of a transfer, the payment arrived.
pub fn seller_acknowledges(text: &str) -> bool {
    if !mentions_any(text, &["recib", "lleg", "confirm", "got it", "receiv", "tengo"]) {
        return false;
    }
    clauses(text).iter().any(|c| {
        let not_negated = |i: usize| !(i.saturating_sub(2)..i).any(|j| c.flags(j) & F_NEG != 0);
        // ("Ya lo tengo": got it; not "tengo una duda".)
        let got = (1..c.words.len()).any(|i| c.words[i] == "tengo" && matches!(c.words[i - 1].as_str(), "lo" | "la") && not_negated(i - 1));
        !c.question && !c.has(F_IF) && (got || (0..c.words.len()).any(|i| c.flags(i) & (F_RECEIVED | F_ARRIVED) != 0 && not_negated(i)))
    })
}

/// Whether a seller's message asks for a payment due or its receipt ("te recuerdo el saldo
/// de $400.000", "queda pendiente la segunda cuota", "quedo atento al comprobante"): the
/// client's photo after it is the receipt, and so is "se lo acabo de enviar".
pub fn requests_payment(seller_text: &str) -> bool {
    const DUE: &[&str] = &[
        "saldo", "cuota", "anticipo", "restante", "balance", "el resto", "la mitad", "el pago", "comprobante", "soporte",
        "receipt",
    ];
    const ASK: &[&str] = &[
        "recuerdo", "recordarte", "recordarle", "recordamos", "pendiente", "falta", "queda", "remind", "due", "atento",
        "atenta", "espero", "esperando", "waiting", "confirmas", "confirmes", "me confirma",
    ];
    // (Every seller message is looked at: lowered as ASCII, the words above need no more.)
    let lower = seller_text.to_ascii_lowercase();
    lower_has(&lower, DUE) && lower_has(&lower, ASK) && !lower_has(&lower, &["recib", "lleg", "gracias por"])
}

/// Whether a seller's message welcomes a client who just said yes ("¡gracias por
/// elegirnos!", "bienvenida a bordo", "¡excelente decisión!"), not a greeting
/// ("bienvenida, ¿en qué te ayudo?").
pub fn seller_welcomes_deal(text: &str) -> bool {
    const SAID: &[&str] = &[
        "gracias por elegirnos", "gracias por escogernos", "gracias por preferirnos", "gracias por confiar en nosotros",
        "gracias por confiarnos", "a bordo", "excelente decision", "buena decision", "excelente eleccion",
        "que bueno que te decidiste", "que bueno que se decidio", "que bueno que se decidieron", "que bueno que te animaste",
        "que bueno que se animo", "que bueno que se animaron", "que bien que te decidiste", "que bien que te animaste",
        "me alegra que te hayas decidido", "me alegra que te animaras", "glad you decided",
        "welcome aboard", "thanks for choosing", "thank you for choosing", "great decision", "great choice",
    ];
    if !mentions_any(text, &["gracias", "bordo", "decisi", "elecci", "aboard", "choos", "great", "decid", "anim"]) {
        return false;
    }
    let t = folded(text);
    SAID.iter().any(|s| t.contains(s)) && !is_question(text)
}

/// Whether a seller's message takes the client's last words as a yes and states the
/// start or the invoice ("¡Perfecto! Empezamos mañana", "Listo, arrancamos el lunes",
/// "Genial, te envío la factura del anticipo"): an acknowledgement first, no question, no
/// condition ("si me confirmas hoy arrancamos").
pub fn seller_confirms_start(text: &str) -> bool {
    const ACK: &[&str] = &[
        "perfecto", "perfecta", "listo", "genial", "excelente", "dale", "buenisimo", "great", "perfect", "awesome", "super", "ok",
        "okay", "bienvenido", "bienvenida", "bienvenidos", "welcome",
    ];
    // Most messages start otherwise: look at the first word before reading.
    if !ACK.contains(&leading_word(text).as_str()) {
        return false;
    }
    let cs = clauses(text);
    let first = cs.first().and_then(|c| c.words.first()).is_some_and(|w| ACK.contains(&w.as_str()));
    if !first || cs.iter().any(|c| c.question || c.has(F_IF)) {
        return false;
    }
    states_start(text)
}

/// Whether a seller's message states the start, the invoice, the contract or the
/// onboarding form ("empezamos mañana", "te envío la factura", "te mando el formulario de
/// inicio"), not the proposal ("listo, empezamos con tu propuesta").
pub fn states_start(text: &str) -> bool {
    const START: &[&str] = &[
        "empezamos", "arrancamos", "comenzamos", "iniciamos", "te envio la factura", "te mando la factura", "te paso la factura",
        "te envio el contrato", "te mando el contrato", "te paso el contrato", "le envio la factura", "le envio el contrato",
        "well start", "we start", "ill send the invoice", "ill send the contract", "ill send over the invoice",
        "youre booked", "you are booked", "youre all set", "quedas agendado", "quedas agendada", "quedaste agendado",
        "quedaste agendada", "agende el inicio", "agendamos el inicio", "quedaste en nuestra agenda", "quedas en nuestra agenda",
        "pedido quedo confirmado", "quedo confirmado el pedido", "formulario de inicio", "te envio el formulario", "te mando el formulario", "te envio el brief",
        "te mando el brief", "onboarding",
    ];
    let t = folded(text);
    let proposal = ["propuesta", "cotizacion", "presupuesto", "proposal", "quote"].iter().any(|p| t.contains(p));
    START.iter().any(|s| t.contains(s)) && !proposal
}

/// The decision a seller's message acknowledges: "¡éxitos con la otra agencia!" (someone
/// else), "quedo atento por si cambias de opinión" (a no), "cuando quieras retomamos"
/// (later). Read only when the client's words said none.
pub fn seller_acknowledges_decision(text: &str) -> Option<Act> {
    const OTHER: &[&str] = &[
        "la otra agencia", "el otro proveedor", "la otra empresa", "el otro disenador", "la otra disenadora", "con tu sobrino",
        "con tu primo", "con tu amigo", "the other agency", "your new agency", "cambiar de proveedor", "cambian de proveedor",
        "cambias de proveedor", "cambiar de agencia",
    ];
    const NO: &[&str] = &["cambias de opinion", "cambian de opinion", "cambia de opinion", "change your mind", "change your minds"];
    const LATER: &[&str] = &[
        "cuando quieras retomamos", "cuando quieran retomamos", "cuando quiera retomamos", "cuando quieras lo retomamos",
        "cuando quieras retomar", "cuando quieran retomar", "te escribo en", "te busco en", "whenever you want to pick",
        "when youre ready",
    ];
    if !mentions_any(text, &["otr", "opini", "retom", "mind", "other", "ready", "tu ", "te ", "proveedor", "agencia"]) {
        return None;
    }
    let t = folded(text);
    let has = |list: &[&str]| list.iter().any(|p| t.contains(p));
    if has(OTHER) {
        Some(Act::ChoseCompetitor)
    } else if has(NO) {
        Some(Act::Rejected)
    } else if has(LATER) {
        Some(Act::Postponed)
    } else {
        None
    }
}

/// Whether a seller's message thanks the client for having considered us ("gracias por
/// considerarnos", "gracias por tenernos en cuenta"): after a client's no, it takes it.
pub fn thanks_for_considering(text: &str) -> bool {
    const SAID: &[&str] = &[
        "gracias por considerarnos", "gracias por habernos considerado", "gracias por tenernos en cuenta",
        "gracias por habernos tenido en cuenta", "gracias por tomarnos en cuenta", "thanks for considering us",
        "thank you for considering us",
    ];
    mentions_any(text, &["consider", "en cuenta"]) && SAID.iter().any(|p| folded(text).contains(p)) && !is_question(text)
}

/// Whether a client's message says no somewhere, without asking ("no creo que se pueda").
pub fn says_no(text: &str) -> bool {
    clauses(text).iter().any(|c| !c.question && (c.has(F_NEG) || c.words.iter().any(|w| w == "no,")))
}

/// Whether a seller's message puts prices or options to the client ("plan básico
/// 900.000 o plan pro 1.400.000", "tenemos dos opciones"): a pick in the answer takes one.
pub fn offers_options(seller_text: &str) -> bool {
    let amount = seller_text.split(|c: char| !c.is_ascii_digit() && c != '.').any(|r| r.chars().filter(char::is_ascii_digit).count() >= 3)
        || mentions(seller_text, b" mil");
    amount || mentions_any(seller_text, &["opcion", "opción", "plan", "paquete", "option", "package"])
}

/// A worry, a doubt, a delay, a no or another option: a message with one is not a plain
/// yes (nor words we may take as one).
pub const HESITATIONS: [Act; 9] = [
    Act::Doubt, Act::ObjPrice, Act::ObjTime, Act::ObjTrust, Act::ObjThink, Act::Postponed, Act::Rejected, Act::Comparing, Act::Later,
];

/// Whether a client's message picks one of the options of `offer` ("ese me sirve", "la
/// landing me va perfecto", "me quedo con el pro" after "plan básico o plan pro", "el
/// segundo, ese quiero"), asking, doubting or putting nothing off.
pub fn picks_offer(text: &str, offer: &str) -> bool {
    const PICK: &[&str] = &[
        "ese", "esa", "este", "esta", "primero", "primera", "segundo", "segunda", "tercero", "tercera", "ultimo",
        "ultima", "that", "this", "first", "second", "one",
    ];
    const TAKE: &[&str] = &[
        "sirve", "va", "conviene", "quiero", "quedo", "quedamos", "tomo", "tomamos", "elijo", "cuadra", "late", "convence", "take",
        "works",
    ];
    let cs = clauses(text);
    // (A "sí" typed with its accent is no condition: "ese sí me cuadra".)
    let condition = |c: &Clause| (0..c.words.len()).any(|i| c.flags(i) & F_IF != 0 && !c.yes_at.contains(&i));
    if cs.len() > 3 || cs.iter().any(|c| c.question || c.after_but || c.has(F_NEG) || condition(c)) {
        return false;
    }
    let words = || cs.iter().flat_map(|c| c.words.iter());
    // An option named as we named it ("el pro").
    let named = || {
        let offered: Vec<String> = clauses(offer).into_iter().flat_map(|c| c.words).collect();
        names_one_of(&cs, &offered)
    };
    let picked = cs.iter().any(|c| c.has(F_PRODUCT)) || words().any(|w| PICK.contains(&w.as_str())) || named();
    picked && words().any(|w| TAKE.contains(&w.as_str())) && !read_cut(text, &cs).0.any(&HESITATIONS)
}

/// Whether a seller's question asks if the payment was made ("¿pudiste hacer el pago?",
/// "¿ya transferiste?", "¿ya quedó el anticipo?", "did you manage to pay?"): a yes to it
/// says it was paid.
pub fn asks_if_paid(seller_text: &str) -> bool {
    // Done by the one asked: "¿ya pagaste?", "¿te transfirieron?".
    const PAID_YOU: &[&str] = &[
        "pagaste", "pagaron", "transferiste", "transfirieron", "consignaste", "consignaron", "depositaste",
        "depositaron", "giraste", "giraron", "abonaste", "abonaron", "yapeaste", "paid",
    ];
    // Managing it, said of a payment: "¿pudiste hacer el pago?", "did you send the deposit?".
    const MANAGED: &[&str] = &[
        "pudiste", "pudieron", "pudo", "lograste", "lograron", "logro", "alcanzaste", "alcanzaron", "hiciste", "hicieron",
        "realizaste", "realizaron", "did", "have", "manage", "managed",
    ];
    // There, said of a payment: "¿ya quedó el anticipo?", "¿ya salió la transferencia?".
    const THERE: &[&str] = &["quedo", "salio", "esta", "gone", "went"];
    // (A look at the letters first, for every word above and every money word: most of our
    // questions name no payment. Our own spelling, so no typo to allow for.)
    const STEMS: &[&str] = &[
        "pag", "paid", "pay", "transf", "trasf", "consign", "deposit", "gir", "abon", "yape", "anticip", "cuota", "plata", "lana",
        "dinero", "money", "fund", "saldo", "transac", "cheque", "desembols", "ach", "seña", "sena", "pisto", "varo", "wire",
        "sinpe", "adelanto", "comprobante", "liquid",
    ];
    if !seller_text.contains('?') || !mentions_any(seller_text, STEMS) {
        return false;
    }
    clauses(seller_text).iter().any(|c| {
        let has = |list: &[&str]| words_has(c, list);
        let money = c.has(F_PAY | F_MONEY_IN);
        c.question && !c.has(F_NEG) && (has(PAID_YOU) || money && (has(MANAGED) || has(&["ya"]) && has(THERE)))
    })
}

/// Whether a seller's question proposes putting the project off ("¿entonces lo dejamos
/// para enero?", "¿te escribo después de las fiestas?"), not going ahead as well: a yes to
/// it is a later.
pub fn asks_to_put_off(seller_text: &str) -> bool {
    // (Not between two things: "¿lo vemos en enero o hacemos una llamada?".)
    seller_text.contains('?') && !either_or(seller_text) && is_question(seller_text) && read(seller_text).has(Act::Postponed) && !proposes_deal(seller_text)
}

/// Whether a client's message asks for something only to keep it ("¿me mandas igual el
/// PDF para tenerlo?", "send it anyway for my records"): after a no, it reopens nothing.
pub fn asks_for_the_record(text: &str) -> bool {
    mentions_any(text, &[
        "igual", "de todos modos", "de todas formas", "de todas maneras", "para tenerl", "por si acaso", "por si algun",
        "por si algún", "anyway", "for my records", "for our records", "for reference", "just in case", "curiosidad", "curious",
    ])
}

/// Whether a client's question is about an extra alone, not the site ("¿y cuánto sale solo
/// un logo?", "¿cuánto me sale agregar el blog?"): it reopens nothing decided on the site.
pub fn asks_about_extra(text: &str) -> bool {
    let cs = clauses(text);
    cs.iter().any(|c| c.question && c.has(F_ADDON)) && !cs.iter().any(|c| c.has(F_PRODUCT))
}

/// Whether a seller's message speaks of a payment ("¿me confirmas cuando hagas el
/// depósito?").
pub fn about_payment(seller_text: &str) -> bool {
    mentions_any(seller_text, &[
        "pago", "pagar", "deposit", "depósito", "transfer", "anticipo", "consign", "abono", "cuota", "payment", "saldo", "balance",
        "invoice",
    ])
}

/// Whether a client's message says it is already done ("ya está hecho desde ayer", "ya
/// quedó listo"), not asked or negated: to our question about a payment, it was paid.
pub fn says_done(text: &str) -> bool {
    clauses(text).iter().any(|c| {
        // ("Ya está desde ayer", "ya quedó": done, said of what we asked about.)
        !c.question
            && !c.has(F_NEG)
            && c.words.first().is_some_and(|w| w == "ya" || w == "already")
            && (c.has(F_DONE)
                || words_has(c, &["listo", "lista", "encargue", "took", "handled", "sorted"])
                || words_has_at(c, 1, &["esta", "quedo"]))
    })
}

/// "jaja", "jejeje", "ajaja", "jsjs", "haha", "xd", "lol": the same syllable laughed two
/// times or more (not "hija": its syllables differ).
fn laughter(w: &str) -> bool {
    let b = w.as_bytes();
    let b = if b.len() > 4 && b[0] == b'a' { &b[1..] } else { b };
    if b.len() < 4 || !matches!(b[0], b'j' | b'h') {
        return matches!(w, "xd" | "xdd" | "xddd" | "lol" | "lmao" | "lmfao");
    }
    let (c, v) = (b[0], b[1]);
    matches!(v, b'a' | b'e' | b'i' | b's') && b.chunks(2).all(|p| p[0] == c && p.get(1).is_none_or(|&x| x == v))
}

/// Whether a message only greets or thanks ("¡Gracias!", "Ok", "hola", "jaja").
pub fn only_courtesy(text: &str) -> bool {
    const COURTESY: &[&str] = &[
        "gracias", "ok", "okay", "hola", "jaja", "jajaja", "jeje", "buenas", "buenos", "dias", "tardes", "noches", "saludos",
        "thanks", "thank", "you", "hi", "hello", "muchas", "mil",
    ];
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).all(|w| COURTESY.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// Whether a seller's message grants what the client asked for ("Listo, te lo dejo en
/// 1.200.000", "Hecho, el logo va incluido", "Te lo hago por ser tú", "Sí, llegamos antes
/// del 15"): an acknowledgement first or a concession, and no regret or refusal.
pub fn grants(seller_text: &str) -> bool {
    const ACK: &[&str] = &["listo", "hecho", "dale", "perfecto", "claro", "si", "ok", "va", "sale", "trato", "deal", "sure", "yes", "done"];
    let t = folded(seller_text);
    (ACK.contains(&leading_word(seller_text).as_str()) || lower_has(&t, CONCEDE)) && !lower_has(&t, REFUSE) && !is_question(seller_text)
}

/// Whether a seller's message concedes terms ("te lo hago por ser tú", "te lo dejo en
/// 1.200.000", "el logo va incluido"), without regret or refusal: a yes after it takes them.
pub fn concedes(seller_text: &str) -> bool {
    let t = folded(seller_text);
    lower_has(&t, CONCEDE) && !lower_has(&t, REFUSE)
}

/// A seller's words conceding terms.
const CONCEDE: &[&str] = &["te lo hago", "te lo dejo", "se lo dejo", "se lo hago", "va incluido", "queda incluido", "te lo incluyo", "sin costo"];

/// Regret or refusal in a seller's message ("lo siento", "no podemos bajar más", "va aparte").
const REFUSE: &[&str] = &["lo siento", "no podemos", "no puedo", "imposible", "sorry", "cant", "can't", "aparte", "minimo"];

/// Whether a message puts two things to choose from ("¿arrancamos o prefieres ver
/// ejemplos?"): a bare yes to it says neither.
pub fn either_or(text: &str) -> bool {
    mentions_any(text, &[" o ", " or "])
}

/// Whether a client's answer picks one side of our either-or question about the deal
/// itself: the plan, how or in how many parts to pay, whose name the invoice bears, when to
/// start ("¿el básico o el pro?" / "El pro", "¿en una cuota o en dos?" / "En dos porfa",
/// "¿transferencia o Nequi?" / "Nequi"). Not one about how to talk or what to read first
/// ("¿te llamo o seguimos por aquí?", "¿la propuesta por correo o por aquí?").
pub fn picks_either(answer: &str, question: &str) -> bool {
    const ABOUT: &[&str] = &[
        "plan", "paquete", "pag", "cuota", "factur", "transferencia", "nequi", "efectivo", "tarjeta", "arranc", "empez", "comenz",
        "inici", "mantenimiento", "hosting", "dominio", "landing", "tienda", "pagina", "web", "opcion", "pay", "start", "invoice",
    ];
    const POINT: &[&str] = &["primero", "primera", "segundo", "segunda", "ultimo", "ultima", "first", "second"];
    // (Nor the design, nor examples to see: "¿el azul o el verde para la web?".)
    const NOT: &[&str] = &[
        "color", "azul", "verde", "rojo", "negro", "blanco", "letra", "fuente", "logo", "foto", "imagen", "fondo", "disen", "estilo",
        "ejemplo", "ver ", "mostrar", "muestr", "example", "see ", "look", "cotiza", "propuesta", "presupuesto", "quote", "proposal",
    ];
    if !either_or(question) || offers_more(question) || !mentions_any(question, ABOUT) || mentions_any(question, NOT) {
        return false;
    }
    let cs = clauses(past_greeting(answer));
    if cs.len() > 2 || cs.iter().any(|c| c.question || c.has(F_NEG) || c.after_but) {
        return false;
    }
    let n: usize = cs.iter().map(|c| c.words.len()).sum();
    if n == 0 || n > 7 || read_cut(answer, &cs).0.any(&HESITATIONS) {
        return false;
    }
    // A word of one of the options (not a common one, nor "el otro": maybe someone else),
    // or a pointer to one.
    let asked: Vec<String> = clauses(question).into_iter().flat_map(|c| c.words).filter(|w| !w.starts_with("otr")).collect();
    cs.iter().any(|c| c.words.iter().any(|w| POINT.contains(&w.as_str()))) || names_one_of(&cs, &asked)
}

/// Whether the answer's clauses name an option as we wrote it: a word of ours of three
/// letters or more that is not a common one ("el pro", "Nequi").
fn names_one_of(cs: &[Clause], ours: &[String]) -> bool {
    cs.iter().any(|c| (0..c.words.len()).any(|i| c.words[i].len() >= 3 && c.flags(i) & F_COMMON == 0 && ours.contains(&c.words[i])))
}

/// Whether a client's message says not yet, and when ("todavía no, mañana sin falta",
/// "aún no, el viernes"): to our question whether it paid, a promise to pay.
pub fn not_yet_on(text: &str) -> bool {
    const NOT_YET: &[&[&str]] = &[&["todavia", "no"], &["aun", "no"], &["no,"], &["no"], &["not", "yet"], &["todavia", "no,"], &["aun", "no,"]];
    const NOT: [Act; 5] = [Act::Rejected, Act::ChoseCompetitor, Act::Stop, Act::AskPrice, Act::AskProposal];
    if !matches!(first_word(text).as_str(), "todavia" | "aun" | "no" | "not") {
        return false;
    }
    let cs = clauses(text);
    let starts = cs.first().is_some_and(|c| NOT_YET.iter().any(|s| c.words.len() >= s.len() && s.iter().zip(&c.words).all(|(a, b)| *a == b.as_str())));
    let acts = read_cut(text, &cs).0;
    starts && cs.len() <= 3 && !cs.iter().any(|c| c.question) && acts.has(Act::Dated) && !acts.any(&NOT)
}

/// What a client's message picks from our question between us and someone else ("¿te
/// decidiste por nosotros o por la otra agencia?"): "por la otra" is someone else,
/// "con ustedes" is us; `None` for anything else.
pub fn picks_between_us_and_other(text: &str, seller_text: &str) -> Option<Act> {
    const OTHER: &[&str] = &["otra", "otro", "otros", "otras", "other", "others", "ellos", "ellas", "them"];
    // Someone else against us, not two of our plans ("¿el básico o el otro?").
    const PARTIES: &[&str] = &[" nosotros", " us ", " us?", "agencia", "empresa", "proveedor", "disenador", "agency", "company", "ellos", "them"];
    let cs = clauses(text);
    let first = cs.first()?;
    if cs.len() > 3 || cs.iter().any(|c| c.question) || first.has(F_NEG) {
        return None;
    }
    let head = &first.words[..first.words.len().min(3)];
    let picked = if head.iter().any(|w| OTHER.contains(&w.as_str())) {
        Act::ChoseCompetitor
    } else if (0..head.len()).any(|i| first.flags(i) & F_US != 0) {
        Act::Committed
    } else {
        return None;
    };
    let t = folded(seller_text);
    let between = either_or(seller_text) && OTHER.iter().any(|o| t.contains(o)) && PARTIES.iter().any(|p| t.contains(p));
    (between && is_question(seller_text)).then_some(picked)
}

/// Whether a client's message says something was just sent ("ya te mandé", "ahí va",
/// "here it is"), not asked or negated.
pub fn says_sent(text: &str) -> bool {
    clauses(text).iter().any(|c| {
        let w = &c.words;
        !c.question
            && !c.has(F_NEG)
            && (c.has(F_SENT) || just_sent(w) || w.windows(2).any(|p| p[0] == "ahi" && matches!(p[1].as_str(), "va" | "te" | "tienes" | "esta")) || w.windows(2).any(|p| p[0] == "here" && matches!(p[1].as_str(), "it" | "is")))
    })
}

/// Whether a client's message says the payment or its receipt was just sent: [`says_sent`]
/// of nothing else ("ahí te mando el logo" sends the logo).
pub fn says_paid_sent(text: &str) -> bool {
    // (Where it went is no other thing: "se lo envié a su correo".)
    let other = |c: &Clause| (0..c.words.len()).any(|i| c.flags(i) & F_ADDON != 0 && !(i > 0 && matches!(c.words[i - 1].as_str(), "su" | "tu" | "al" | "your")));
    says_sent(text) && !clauses(text).iter().any(other)
}

/// Whether a client's answer says it used the payment link our message sent or asked
/// about ("sí, ya lo usé", "ya lo utilicé", "used it"): it paid.
pub fn used_payment_link(seller_text: &str, text: &str) -> bool {
    if !mentions_any(seller_text, &["link", "enlace"]) || !mentions_any(text, &["us", "utili"]) {
        return false;
    }
    let t = folded(seller_text);
    let link = t.contains("link") || t.contains("enlace");
    if !link || !(t.contains("pag") || t.contains("pay")) {
        return false;
    }
    clauses(text).iter().any(|c| {
        let w = &c.words;
        !c.question
            && !c.has(F_NEG)
            && (0..w.len()).any(|i| {
                // ("use" after "lo"/"ya": the Spanish past, not "I'll use it".)
                let by = i > 0 && matches!(w[i - 1].as_str(), "lo" | "ya");
                matches!(w[i].as_str(), "utilice" | "utilizamos" | "used") || by && matches!(w[i].as_str(), "use" | "usamos")
            })
    })
}

/// Whether a client's message only says it sent, in three words at most ("te pasé", "ya te
/// mandé"): with our "ya lo tengo" after it, the payment arrived.
pub fn bare_sent(text: &str) -> bool {
    text.split_whitespace().count() <= 3 && says_paid_sent(text)
}

/// Whether a seller's question proposes closing: starting, going ahead, sending the
/// payment link, the invoice or the contract ("¿arrancamos el lunes?", "¿te envío el
/// link de pago?", "shall we go ahead?"). Not offering more to read first (a proposal,
/// the prices, examples) or a call.
pub fn proposes_deal(seller_text: &str) -> bool {
    const CLOSE: &[&str] = &[
        "arranc", "empez", "empec", "comenz", "comienc", "avanz", "armamos", "te la armo", "te lo armo", "cerramos", "cerremos", "confirm", "proced",
        "inici", "reserv", "separ", "contrat", "firm", "te animas?", "se anima?", "se animan?", "te animas con", "se anima con", "se animan con", "link de pago", "enlace de pago", "datos de pago",
        "datos para", "numero de cuenta", "la factura", "el contrato", "lo hacemos", "la hacemos", "hacemos el",
        "hacemos la", "seguimos", "start", "proceed", "go ahead", "book", "invoice", "contract", "deal",
        "move forward", "payment link", "does that work", "work for you", "works for you", "sound good", "te sirve", "le sirve",
        "les sirve", "te funciona", "le funciona", "kick off", "kickoff", "get started", "begin", "que dices", "que me dices", "que dicen", "que decid", "what do you say",
        "what did you decide",
        // Terms put to the client: "¿te parece si lo dejamos en $1.500.000 con hosting?".
        "te parece si", "le parece si", "les parece si", "lo dejamos en", "quedamos en", "quedaria en",
        // Terms of payment: "¿lo dividimos en dos pagos?".
        "lo dividimos", "dividirlo en", "en dos pagos", "en tres pagos", "en cuotas", "en dos cuotas", "en tres cuotas",
    ];
    // The terms or the start, stated without a question mark ("entonces arrancamos el
    // lunes", "te parece si lo dejamos en 1.500.000", "te mando el contrato para firmar").
    const STATED: &[&str] = &[
        "te parece si", "le parece si", "les parece si", "lo dejamos en", "quedamos en", "arrancamos el",
        "arrancamos la", "arrancamos manana", "arrancamos hoy", "empezamos el", "empezamos la", "empezamos manana",
        "empezamos hoy", "quedamos que", "quedamos asi", "entonces quedamos", "comenzamos el", "comenzamos manana", "el contrato para", "contrato para firmar",
        "contrato para que", "la factura para", "link de pago", "enlace de pago", "we start on", "well start",
        "lo dejamos agendado", "la dejamos agendada", "te agendo el inicio", "agendamos el inicio", "agendamos el arranque",
        "we can start", "we could start", "podemos arrancar", "podemos empezar", "podemos iniciar", "podemos comenzar",
        "te lo dejo en", "te lo puedo dejar en", "se lo dejo en", "se lo puedo dejar en", "te la dejo en", "te la puedo dejar en",
        "tu confirmacion", "su confirmacion", "que me confirmes", "que me confirme", "your confirmation",
        "ill send the contract", "ill send the invoice",
    ];
    let asks = seller_text.contains(['?', '¿']);
    let t = folded(seller_text);
    let question = asks && CLOSE.iter().any(|c| t.contains(c)) && is_question(seller_text);
    (question || STATED.iter().any(|c| t.contains(c))) && !offers_more_folded(&t)
}

/// Whether a seller's message offers more to read or a call first ("¿te mando la
/// propuesta?", "¿agendamos una llamada?"): what the client answers is about that.
pub fn offers_more(seller_text: &str) -> bool {
    offers_more_folded(&folded(seller_text))
}

fn offers_more_folded(t: &str) -> bool {
    // Offering more to read ("¿te mando la propuesta?"), not going ahead with it
    // ("¿avanzamos con la propuesta?"); or a call first.
    const TO_READ: &[&str] = &[
        "propuesta", "cotiza", "informacion", "info", "precio", "detalle", "ejemplo", "catalogo", "proposal", "quote",
        "price", "example",
    ];
    const SEND: &[&str] = &[
        "te envi", "le envi", "les envi", "te mand", "le mand", "les mand", "te paso", "le paso", "les paso", "te compart",
        "enviarte", "mandarte", "pasarte", "compartirte", "enviarle", "mandarle", "send", "share", "te muestro",
    ];
    const MEET: &[&str] = &["llamada", "reunion", "videollamada", "call", "meeting"];
    // (Whole words: "felicitaciones" holds no "cita", "demora" no "demo".)
    const MEET_WORDS: &[&str] = &[
        "cita", "visita", "demo", "sesion", "zoom", "meet", "llame", "llamo", "llamar", "llamarte", "llamarle", "marcarte", "marcarle",
    ];
    let meet_word = || t.split(|c: char| !c.is_alphanumeric()).any(|w| MEET_WORDS.contains(&w));
    MEET.iter().any(|m| t.contains(m)) || meet_word() || TO_READ.iter().any(|r| t.contains(r)) && SEND.iter().any(|s| t.contains(s))
}

/// Whether a client's message is a bare yes ("sí", "dale", "ok, perfecto", "👍"): it says
/// yes to whatever was asked, and nothing else.
pub fn bare_yes(text: &str) -> bool {
    let text = past_greeting(text);
    const YES: &[&str] = &[
        "si", "sip", "sii", "dale", "ok", "va", "vale", "listo", "perfecto", "perfecta", "claro", "de", "acuerdo",
        "bueno", "sale", "orale", "andale", "porfavor", "por", "favor", "obvio", "hecho", "genial", "excelente",
        "super", "una", "adelante", "senor", "senora", "seguro", "exacto", "eso", "yes", "yeah", "yep", "yup",
        "sure", "great", "perfect", "please", "absolutely", "definitely", "lets", "go", "que", "mil", "gracias",
        "thanks", "me", "parece", "bien", "buenisimo", "trato", "muy", "justo", "entonces", "pues", "mandalo", "mandala", "envialo", "enviala",
        "mandamelo", "mandamela", "enviamelo", "enviamela", "pasamelo", "pasamela", "send", "it", "over",
        "confirmado", "confirmada", "confirmo", "correcto", "afirmativo", "efectivamente", "exactamente", "asi", "es",
        "supuesto", "desde", "luego", "porfa", "porfis", "ya", "aja", "ajam", "ujum", "uhum", "aham", "mhm", "tal", "cual", "clarines",
        "clarin", "sipo", "confirmed", "works", "fine", "sounds", "good", "alright", "agendado", "agendada", "agendalo", "agendala", "reservado", "reservada",
        "reservalo", "reservala", "separado", "separada", "separalo", "separala", "apartado", "apartada", "apartalo", "apartala",
    ];
    // Most answers start otherwise: look at the first word before reading.
    let first = leading_word(text);
    // ("¡Cómo no!": of course.)
    if matches!(first.as_str(), "como" | "pero") && matches!(folded(text).trim_matches(|c: char| !c.is_alphanumeric()), "como no" | "pero como no") {
        return true;
    }
    if !first.is_empty() && !YES.contains(&collapse_stretch(&first).as_str()) {
        return false;
    }
    // Thumbs, a handshake, raised hands, a flexed arm, applause, folded hands, fire.
    let thumbs = ['👍', '👌', '✅', '🤝', '💯', '✔', '🙌', '💪', '👏', '🙏', '🔥', '🥳', '🎉', '🤩'].iter().any(|e| text.contains(*e));
    only_words(text, YES).is_some_and(|words| {
        thumbs || words.iter().any(|w| !matches!(w.as_str(), "gracias" | "thanks" | "mil" | "de" | "por" | "favor" | "que" | "ya"))
    })
}

/// Whether a client's answer takes a day and approves it, and says nothing else ("el
/// lunes me sirve", "lunes perfecto 👍", "Monday works", "el 15 me queda bien"): said to
/// our question proposing to start, it takes it.
pub fn takes_the_day(text: &str) -> bool {
    const APPROVE: &[&str] = &[
        "sirve", "queda", "va", "bien", "perfecto", "perfect", "works", "fine", "good", "great", "genial", "listo", "dale",
        "ok", "excelente", "funciona", "super", "buenisimo",
    ];
    const ALSO: &[&str] = &["me", "nos", "for", "us", "el", "la", "on", "the", "de", "una", "para", "mi", "then", "entonces", "esta", "is", "por", "a", "las", "que", "si"];
    // (Short, and with a digit or a day in it: most answers are neither.)
    const DAYS: &[&str] = &[
        "lun", "mart", "mierc", "miérc", "juev", "vier", "sab", "sáb", "dom", "mañana", "manana", "mon", "tue", "wed", "thu",
        "fri", "sat", "sun", "tomorrow", "semana", "week", "mes", "month",
    ];
    if text.split_whitespace().count() > 8 || !(text.bytes().any(|b| b.is_ascii_digit()) || mentions_any(text, DAYS)) {
        return false;
    }
    let cs = clauses(past_greeting(text));
    if cs.len() > 2 || cs.iter().any(|c| c.question || c.after_but || c.has(F_NEG)) {
        return false;
    }
    let (mut day, mut approves) = (false, false);
    for c in &cs {
        for (i, w) in c.words.iter().enumerate() {
            if dated_at(c, i) || w.bytes().all(|b| b.is_ascii_digit()) {
                day = true;
            } else if APPROVE.contains(&w.as_str()) {
                approves = true;
            } else if !ALSO.contains(&w.as_str()) {
                return false;
            }
        }
    }
    day && approves
}

/// Whether a client's message starts with a yes and goes on without a condition, a
/// question, a doubt or a delay ("sí, mañana te lo paso", "dale, mándame los datos"):
/// said to our question proposing to close, it takes it.
pub fn yes_and(text: &str) -> bool {
    let text = past_greeting(text);
    const YES: &[&str] = &[
        "si", "sii", "dale", "claro", "listo", "ok", "perfecto", "va", "sale", "obvio", "yes", "sure", "deal", "bueno", "vale",
        "correcto", "exacto", "efectivamente", "confirmado", "afirmativo", "asi", "sip", "sipi", "simon", "yep", "yup", "yeah",
        "confirmed", "works",
    ];
    const NOT: [Act; 11] = [
        Act::Doubt, Act::ObjPrice, Act::ObjTime, Act::ObjTrust, Act::ObjThink, Act::Comparing, Act::Postponed,
        Act::Rejected, Act::AskPrice, Act::AskProposal, Act::Stop,
    ];
    // Most answers do not start with a yes: look at the first word before reading.
    if !YES.contains(&collapse_stretch(&first_word(text)).as_str()) {
        return false;
    }
    let cs = clauses(text);
    let first = cs.first().and_then(|c| c.words.first());
    first.is_some_and(|w| YES.contains(&w.as_str()))
        && cs.len() <= 3
        && !cs.iter().enumerate().any(|(k, c)| {
            // A condition after the yes ("sí, si me hacen descuento"); the yes itself may be "si".
            // ("Así sí me sirve": a "sí" typed with its accent is no "if".)
            c.question || c.after_but || (0..c.words.len()).any(|i| (k, i) != (0, 0) && c.flags(i) & F_IF != 0 && !c.yes_at.contains(&i))
        })
        && !read_cut(text, &cs).0.any(&NOT)
}

/// Whether a client's message starts with a no and goes on with its reasons, not a
/// question, a later or a yes ("la verdad creo que no, está fuera de lo que podemos
/// pagar", "no, está muy caro para nosotros"): said to our closing question, it turns
/// it down.
pub fn no_and(text: &str) -> bool {
    let text = past_greeting(text);
    const STARTS: &[&[&str]] = &[
        &["no,"], &["no"], &["nop"], &["nah"], &["creo", "que", "no,"], &["creo", "que", "no"], &["la", "verdad", "no,"],
        &["la", "verdad", "no"], &["la", "verdad", "que", "no,"], &["la", "verdad", "que", "no"], &["la", "verdad", "creo", "que", "no,"], &["la", "verdad", "creo", "que", "no"], &["mejor", "no,"],
        &["mejor", "no"], &["i", "dont", "think", "so"],
    ];
    const NOT: [Act; 6] = [Act::Committed, Act::Paid, Act::Postponed, Act::Later, Act::AskPrice, Act::AskProposal];
    // Most answers start otherwise: look at the first word before reading.
    if !matches!(first_word(text).as_str(), "no" | "nop" | "nah" | "creo" | "la" | "mejor" | "i") {
        return false;
    }
    let cs = clauses(text);
    let Some(c) = cs.first() else { return false };
    // "creo que no" ends its phrase: a comma or the clause's end after it.
    let starts = STARTS.iter().any(|s| {
        c.words.len() >= s.len()
            && s.iter().zip(&c.words).all(|(a, b)| *a == b.as_str())
            && (c.words.len() == s.len() || s.last().is_some_and(|l| l.ends_with(',')) || c.commas.contains(&s.len()))
    });
    let acts = read_cut(text, &cs).0;
    // A bare "no" going on must give a reason ("no, está muy caro"), not "no tengo el
    // logo todavía".
    let reasons = acts.any(&[Act::ObjPrice, Act::ObjTime, Act::ObjTrust, Act::Doubt, Act::Rejected]);
    (starts || c.words.first().is_some_and(|w| w == "no") && reasons) && cs.len() <= 3 && !cs.iter().any(|c| c.question) && !acts.any(&NOT)
}

/// Whether a client's message is a bare no ("no", "nop", "no, gracias", "nope, sorry").
pub fn bare_no(text: &str) -> bool {
    let text = past_greeting(text);
    const NO: &[&str] = &[
        "no", "no,", "nop", "nel", "nope", "nah", "gracias", "thanks", "la", "verdad", "sorry", "lo", "siento", "mil", "creo",
        "think", "so", "i", "dont", "que", "muchas", "muchisimas", "igual", "todas", "formas", "maneras", "de", "mm",
        // Hesitation sounds ("mmm" reads as "me", the chat spelling of "m").
        "me", "hmm", "eh", "uy", "ay", "uff",
    ];
    // (A thumb down or a crossed-arms "no" says it without words.)
    let down = ['👎', '🙅'].iter().any(|e| text.contains(*e));
    only_words(text, NO).is_some_and(|words| down || words.iter().any(|w| matches!(w.as_str(), "no" | "no," | "nop" | "nel" | "nope" | "nah" | "dont")))
}

/// Whether a seller's message gives where to pay: an account, a wallet or a payment link
/// with its number or address ("Bancolombia ahorros 123-456789-01", "Nequi 3001234567",
/// "acá el link de pago: https://...").
pub fn gives_payment_details(seller_text: &str) -> bool {
    const WHERE: &[&str] = &[
        "cuenta", "account", "nequi", "daviplata", "yape", "plin", "sinpe", "banco", "bancolombia", "clabe", "cbu",
        "cvu", "alias", "zelle", "paypal", "mercado pago", "mercadopago", "link de pago", "enlace de pago", "pago", "pay", "checkout",
        "wompi", "stripe", "epayco", "payu",
        "payment link", "transferencia", "deposit", "depósito", "consignaci",
    ];
    // Most seller messages carry no number or link: not read further.
    // (One pass for the three: "http", "link", "enla(ce)".)
    let linked = || seller_text.as_bytes().windows(4).any(|w| w.eq_ignore_ascii_case(b"http") || w.eq_ignore_ascii_case(b"link") || w.eq_ignore_ascii_case(b"enla"));
    if seller_text.bytes().filter(u8::is_ascii_digit).count() < 6 && !linked() {
        return false;
    }
    // (Lowered as ASCII: the words above need no more, and prices pass the look above.)
    let t = seller_text.to_ascii_lowercase();
    let digits = t.split(|c: char| !c.is_ascii_digit() && c != '-' && c != ' ').any(|run| run.chars().filter(char::is_ascii_digit).count() >= 6);
    WHERE.iter().any(|w| t.contains(w)) && (digits || t.contains("http") || t.contains("link") || t.contains("enlace"))
}

/// Whether a client's message says it is done, and nothing else ("ya", "ya está",
/// "hecho", "done"): after the seller gave where to pay, it was paid.
pub fn bare_done(text: &str) -> bool {
    // (With a word that points to look: "listo, ya está, revisa".)
    const DONE: &[&str] = &[
        "ya", "esta", "hecho", "done", "quedo", "listo", "ready", "all", "set", "y", "ahi", "va", "it", "is", "plata", "revisa",
        "enviado", "enviada", "mandado", "mandada", "transferido", "depositado", "consignado", "sent", "el", "comprobante", "receipt",
        // (A name said to the seller: "ahí está, mija", "listo señor".)
        "mija", "mijo", "senor", "senora", "don", "dona", "joven", "jefe", "jefa", "amigo", "amiga",
        "revisalo", "chequea", "checa", "fijate", "verifica", "porfa", "check",
    ];
    // "listo", "ok" or a bare "ya" (Chile's "ok") may only acknowledge.
    // A check mark says it is done ("✅ listo").
    let checked = text.contains('✅') || text.contains('✔');
    only_words(text, DONE).is_some_and(|words| {
        // ("💸 listo": the money emoji reads as "plata", and says what is done.)
        let money = words.iter().any(|w| w == "plata") && words.iter().any(|w| w != "plata");
        checked || money || words.iter().any(|w| matches!(w.as_str(), "hecho" | "done" | "quedo" | "comprobante" | "receipt" | "enviado" | "enviada" | "mandado" | "mandada" | "transferido" | "depositado" | "consignado" | "sent")) || words.windows(2).any(|w| w[0] == "ya" && w[1] == "esta")
    })
}

/// The words of a message that asks nothing and says only words of `allowed` (none,
/// for emoji alone); `None` otherwise.
fn only_words(text: &str, allowed: &[&str]) -> Option<Vec<String>> {
    let cs = clauses(text);
    if cs.iter().any(|c| c.question) {
        return None;
    }
    let words: Vec<String> = cs.into_iter().flat_map(|c| c.words).collect();
    words.iter().all(|w| allowed.contains(&w.as_str())).then_some(words)
}

/// The letters a message starts with (after spaces), lower case and folded: a cheap look
/// at its first word before cutting it into clauses.
fn first_word(text: &str) -> String {
    let mut out = String::new();
    text.trim_start().chars().take_while(|c| c.is_alphabetic()).for_each(|c| push_folded(&mut out, c));
    out
}

/// The message after a greeting or a laugh that opens it ("holaa, sí! esta mañana" -> "sí!
/// esta mañana", "jajaja sí, dale" -> "sí, dale"): what answers our question is what
/// follows. The whole message when it is only a greeting.
pub fn past_greeting(text: &str) -> &str {
    const HI: &[&str] = &[
        "hola", "holaa", "holi", "holis", "ola", "buenas", "buenos", "buen", "hi", "hey", "hello", "ey", "oye", "oiga", "epa",
        "quiubo", "dias", "dia", "tardes", "tarde", "noches", "noche",
        // Fillers before the answer: "mmm", "eh", "pues", "a ver...", "uy".
        "m", "mm", "hm", "hmm", "eh", "em", "ehm", "pues", "ps", "pos", "ah", "oh", "uy", "ay", "huy", "uf", "uff", "um", "uh",
    ];
    // Only when a greeting or a filler opens it: most messages do not.
    let lead = collapse_stretch(&leading_word(text));
    let a_ver = |t: &str| {
        let mut words = t.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
        words.next().is_some_and(|w| w.eq_ignore_ascii_case("a")) && words.next().is_some_and(|w| w.eq_ignore_ascii_case("ver"))
    };
    if !(HI.contains(&lead.as_str()) || laughter(&lead) || lead == "a" && a_ver(text)) {
        return text;
    }
    let mut rest = text;
    loop {
        let t = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
        let end = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
        let w = collapse_stretch(&first_word(&t[..end]));
        if end > 0 && w == "a" && a_ver(t) {
            // ("a ver": both words.)
            let after = t[end..].trim_start_matches(|c: char| !c.is_alphabetic());
            rest = &after[after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len())..];
            continue;
        }
        if end == 0 || !HI.contains(&w.as_str()) && !laughter(&w) {
            break;
        }
        rest = &t[end..];
    }
    // (A name after the greeting stays: the answer reads past it as it did before.)
    if rest.chars().any(char::is_alphanumeric) { rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '!' | ':')) } else { text }
}

/// [`first_word`] after any emoji or marks that open the message ("¡Listo!", "🙏 porfa").
fn leading_word(text: &str) -> String {
    first_word(text.trim_start_matches(|c: char| !c.is_alphabetic()))
}

/// Lower case with the accents folded as the patterns are written ("número" -> "numero").
fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_folded(&mut out, c);
        }
    }
    out
}

/// A Latin-1 letter (what Spanish, Portuguese and English write) in lower case without
/// the Unicode tables: "À".."Þ" (not "×") are the capitals of "à".."þ", 32 places on.
/// `None` past Latin-1.
fn lower_latin1(c: char) -> Option<char> {
    match u32::from(c) {
        0..=0x7f => Some(c.to_ascii_lowercase()),
        x @ 0xc0..=0xde if x != 0xd7 => char::from_u32(x + 32),
        0x80..=0xff => Some(c),
        _ => None,
    }
}

/// `c` in lower case with its accent folded ("Á" -> "a").
fn push_folded(out: &mut String, c: char) {
    match lower_latin1(c) {
        Some(l) => out.push(fold_char(l)),
        None => out.extend(c.to_lowercase().map(fold_char)),
    }
}

/// `text` in lower case (see [`lower_latin1`]).
pub(crate) fn lowered(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match lower_latin1(c) {
            Some(l) => out.push(l),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Whether `text` holds `needle` (ASCII, any case): a cheap look before reading a message.
fn mentions(text: &str, needle: &[u8]) -> bool {
    text.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

/// Whether `text` holds any of `needles` (lower-case, ASCII case folded): lowered once
/// and searched, quicker than a case-blind scan per needle.
fn mentions_any(text: &str, needles: &[&str]) -> bool {
    lower_has(&text.to_ascii_lowercase(), needles)
}

/// Whether the already lowered `lower` holds any of `needles`.
fn lower_has(lower: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| lower.contains(n))
}

/// Whether a media message could be a payment's receipt: a photo, a screenshot or a
/// document (not a voice note, a sticker or a video), by its placeholder or file name.
pub fn could_be_receipt(media_text: &str) -> bool {
    let t = media_text.to_lowercase();
    const NOT: &[&str] = &["audio", "sticker", "video", "gif", "opus", "ptt", "contact", "contacto", "ubicaci", "location"];
    const YES: &[&str] = &[
        "imagen", "image", "foto", "photo", "documento", "document", "pdf", "jpg", "jpeg", "png", "img-",
        "captura", "screenshot", "comprobante", "receipt", "voucher", "multimedia", "media omitted",
    ];
    !NOT.iter().any(|n| t.contains(n)) && YES.iter().any(|y| t.contains(y))
}

/// Whether a message opens with a yes and asks whether it arrived ("¡sí! el martes, ¿no
/// te llegó?", "yes, didn't it arrive?"): said to our question on the payment, it was paid.
pub fn yes_did_it_arrive(text: &str) -> bool {
    let text = past_greeting(text);
    matches!(collapse_stretch(&leading_word(text)).as_str(), "si" | "sip" | "yes" | "claro" | "ya" | "yep" | "obvio")
        && text.contains('?')
        && mentions_any(text, &["lleg", "cay", "reflej", "arriv", "got it", "receiv", "entr"])
}

/// Whether a client's message takes back the one before it as sent to the wrong chat ("era
/// para otro chat", "no era para ti, ignora eso", "sorry, wrong chat").
pub fn retracts(text: &str) -> bool {
    const WRONG: &[&str] = &[
        "otro chat", "equivoque de chat", "equivocado de chat", "equivocada de chat", "no era para ti", "no era para usted",
        "no era para vos", "ignora eso", "ignora lo anterior", "ignore eso", "ignore lo anterior", "era para otra persona",
        "mensaje equivocado", "me equivoque de persona", "wrong chat", "wrong person", "meant for someone else",
        "disregard that", "disregard the last",
    ];
    mentions_any(text, &["chat", "para ti", "para usted", "para vos", "ignor", "equivoc", "wrong", "meant for", "disregard"])
        && lower_has(&folded(text), WRONG)
}

/// Whether a media message is a voice note, by its placeholder or file name.
pub fn is_voice_note(media_text: &str) -> bool {
    mentions_any(media_text, &["audio", "ptt", "opus", "voice", "nota de voz"])
}

/// Whether a message asks something (a question mark or a question word first).
pub fn is_question(text: &str) -> bool {
    const STARTS: &[&str] = &[
        "cuanto", "cuanta", "cuantos", "cuantas", "como", "que", "cual", "cuales", "donde",
        "cuando", "quien", "porque", "tienen", "tiene", "incluye", "puedo", "pueden", "puede",
        "hacen", "hay", "se", "how", "what", "when", "where", "which", "who", "why", "can",
        "could", "do", "does", "is", "are", "will", "would",
    ];
    clauses(text).iter().any(|c| {
        c.question
            || c.words.len() >= 3
                && STARTS.contains(&c.words[0].as_str())
                && !matches!(c.words[0].as_str(), "que" | "como" | "se") // "qué bueno", "como te dije"
    })
}

/// Common Spanish and English words: a client whose text has almost none of them writes
/// in another language.
pub const COMMON: &[&str] = &[
    "que", "de", "la", "el", "en", "y", "a", "los", "las", "por", "para", "con", "no", "si",
    "es", "un", "una", "unos", "unas", "mi", "me", "te", "lo", "se", "pero", "muy", "ya", "hola", "gracias",
    "bien", "como", "cuanto", "quiero", "tengo", "esta", "eso", "the", "you", "is", "and",
    "to", "of", "it", "in", "for", "my", "we", "i", "hi", "hello", "thanks", "what", "how",
    "can", "do", "this", "that", "be", "ok", "porque", "tambien", "porfavor", "dale", "listo",
];

/// What each word of `text` reads as: the known word it was taken for, or itself (for
/// tests that check how a typed word is read).
#[cfg(test)]
pub fn read_as(text: &str) -> Vec<String> {
    clauses(text)
        .iter()
        .flat_map(|c| c.words.iter().zip(&c.info).map(|(w, i)| i.map_or_else(|| w.clone(), |i| i.text.to_string())))
        .collect()
}

#[cfg(test)]
pub fn is_known(word: &str) -> bool {
    index().words.contains_key(folded(word).as_str())
}
