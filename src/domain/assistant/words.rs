//! Real words that sound like, or are a letter away from, a word the reading knows:
//! they are read as themselves, never as that word typed in a hurry ("saludo" is not
//! "saldo", "comprar" is not "comparar", "ciento" is not "siento", "cents" is not "sent").
//!
//! Found by reading the 30,000 most frequent Spanish and English words (the `wordfreq`
//! lists) through `acts::clauses` and keeping those taken for a different word; plurals,
//! chat spellings ("pls", "xq", "toy"), diminutives ("hermanito") and common misspellings
//! ("echo" for "hecho", "asta" for "hasta") were left to be read as meant.
//! `scripts/real-word-collisions.sh` lists what is taken for another word today.

pub(super) const REAL_WORDS: &[&str] = &[
    "pais", "casa", "eres", "sabe", "haya", "sabes", "pesar", "ven", "comprar", "carta", "efecto", "canal", "perro",
    "ciento", "grado", "escribio", "lee", "villa", "bienes", "pude", "perros", "valle", "cero", "entero", "fase",
    "salido", "cientos", "diaz", "puse", "regla", "ingenieria", "saludo", "pedo", "entera", "parecio", "resulto",
    "cena", "ben", "hable", "carro", "canto", "consigo", "quito", "conocia", "heroes", "hayas", "hare", "convenio",
    "aves", "veamos", "vii", "deudas", "retrato", "vine", "costas", "ave", "jugo", "neta", "hables", "carros",
    "dejara", "halla", "barro", "vienes", "visito", "seremos", "compara", "pasear", "leve", "villas", "fases",
    "aprecio", "comprando", "vais", "wall", "note", "roy", "vina", "lees", "vuela", "escribia", "tomara", "wey",
    "costes", "gramos", "lugo", "vendo", "carter", "bay", "call", "cera", "see", "amamos", "decano", "mares",
    "mates", "ceo", "neto", "old", "parra", "chiquito", "sento", "canela", "prof", "madame", "manada", "moore",
    "nova", "zero", "salado", "stuart", "decido", "vuelan", "ago", "serra", "vena", "carrito", "pasarlo", "paseos",
    "god", "mill", "salada", "chiquita", "kai", "pasarla", "domino", "lego", "aras", "liquidez", "barros", "mall",
    "corro", "dejad", "panes", "encarar", "pac", "varas", "enteramos", "malla", "cierro", "cota", "aya", "cenas",
    "toc", "abe", "dong", "yale", "corres", "dell", "coran", "kay", "pasemos", "heces", "perito", "clones",
    "descaro", "laos", "mercadeo", "brito", "descarado", "dee", "kara", "sobrio", "yoo", "comparamos", "dais",
    "finn", "planilla", "beto", "callo", "wei", "resuelta", "sally", "benz", "pic", "tempo", "dai", "descarada",
    "gong", "lao", "ceros", "comparo", "contrae", "doo", "enzimas", "nodos", "tree", "heras", "papal", "ere", "inn",
    "kant", "allah", "hand", "vistio", "mimos", "pce", "incita", "ned", "amando", "fund", "paces", "consular", "wwe",
    "enzima", "yenes", "bai", "bromea", "compare", "cotas", "dales", "novo", "salle", "step", "suscito", "bora",
    "kan", "llana", "mido", "nica", "pai", "ases", "cont", "hera", "pausas", "sobria", "valls", "webb", "beer",
    "cold", "tacito", "weiss", "arre", "ding", "finamente", "fundas", "alf", "though", "hours", "hour", "hands",
    "poor", "quick", "calls", "choose", "cars", "fully", "cent", "realize", "stated", "trees", "cute", "walls",
    "prize", "latter", "tons", "passes", "gods", "nowhere", "bother", "compete", "lists", "pace", "spell", "cents",
    "butt", "tanks", "realise", "bias", "pics", "contacts", "thy", "bee", "assess", "scare", "doll", "fiber",
    "fried", "rats", "thee", "prizes", "olds", "hers", "thorough", "cheek", "colonies", "locks", "reds", "beers",
    "fond", "cunt", "wee", "chooses", "cheeks", "scent", "spells", "tee", "dolls", "asses", "compares", "compass",
    "notebook", "supper", "hose", "ants", "haired", "cite", "scares", "fibers", "cites", "stared", "hoover", "pals",
    "bothers", "meteor", "dolly", "haunt", "poo", "vase", "butts", "dams", "tyres", "cass", "competed", "tyre",
    "hive", "empress", "mens", "pearce", "wally", "aqua", "trough", "haze", "goo", "ether", "pak", "aces", "ceos",
    "roi", "conn", "coasts", "palate", "bard", "coupe", "bays", "fitz", "gabe", "latte", "lobe", "loo", "gui",
    "harass", "doi", "sai", "saver", "hover", "kahn", "quay", "loc", "wallis", "aziz", "eel", "messes", "att",
    "dares", "haunts", "sinn", "haas", "moths", "mahal", "cahill", "emil", "inline", "yves", "hone", "juno",
    "realises", "oof", "putt", "hazy", "lobes", "stoop", "wai", "hives", "scents", "gully", "lok", "vases", "bac",
    "fiend", "itt", "mooney", "ther", "cate", "noone", "ard", "coon", "loner", "nomad", "zeros", "famer", "convene",
    "benn", "cohn", "hvac", "syn", "mee", "saleh", "sse", "veer", "parr", "seer", "gull", "gulls", "nola", "ell",
    "nomads", "parse", "bales", "cote",
    // Found since: "pagaré" (a promise to pay) is not "pagarte" with a letter missed.
    "pagare",
    // Found when two swapped letters and the last letter's neighbour key were added:
    // "cuatro" is not "cuarto", "decides" is not "decided", "cumplo" is not "cumplí".
    "acusa", "artes", "cuatro", "trade", "cumplo", "approves", "arrives", "completes", "decides", "initiates", "processes",
    "receives", "farmer", "greta", "quartet", "snipe", "burbank", "referenced", "prefect",
    "debio", "empezado", "buscado", "avanzado", "arrancado", "muera", "muero", "seno", "senos", "coros", "locking", "slade", "perdiz", "saying", "citing", "stall", "stalls", "stalling", "scar", "venom",
];
