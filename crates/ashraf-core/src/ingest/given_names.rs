//! Common given names with the pronoun news prose uses for their bearers, as evidence that a
//! capitalised pair is a person ("Ellen Fetter") and for "she said" to find her. Names used for
//! both are left out. Lower case, sorted, for a binary search.

#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "abigail", "ada", "agatha", "agnes", "aisha", "alexandra", "alice", "alicia", "alison",
    "allison", "alma", "amal", "amanda", "amber", "amelia", "amina", "amy", "ana", "anastasia",
    "andrea", "angela", "angelina", "angelique", "anita", "anjali", "ann", "anna", "anne", "annie",
    "antonia", "april", "arianna", "ashley", "audrey", "ayesha", "barbara", "beatrice", "beatriz",
    "becky", "belinda", "bella", "bernadette", "beth", "betty", "beverly", "bonnie", "brenda",
    "bridget", "brigitte", "brittany", "camila", "camille", "candace", "carla", "carmen", "carol",
    "caroline", "carolyn", "carrie", "cassandra", "catalina", "catherine", "cecilia", "celia",
    "charlene", "charlotte", "chelsea", "cheryl", "christa", "christina", "christine", "cindy",
    "claire", "clara", "claudia", "colleen", "cora", "cynthia", "daisy", "dana", "daniela",
    "danielle", "darya", "deborah", "debra", "deirdre", "delphine", "denise", "diana", "diane",
    "dina", "dolores", "dominique", "donna", "doris", "dorothy", "edith", "eileen", "elaine",
    "eleanor", "elena", "elif", "elisabeth", "eliza", "elizabeth", "ella", "ellen", "eloise",
    "elsa", "emily", "emma", "erica", "erin", "esra", "estelle", "esther", "eva", "eve", "evelyn",
    "farah", "fariba", "fatemeh", "fatima", "fatma", "fernanda", "fiona", "florence", "frances",
    "françoise", "freya", "gabriela", "gabrielle", "gail", "gemma", "georgia", "geraldine", "gina",
    "giulia", "gloria", "grace", "gretchen", "gwen", "hanna", "hannah", "harriet", "hayley",
    "hazel", "heather", "heba", "heidi", "helen", "helena", "hilda", "hillary", "holly", "ilse",
    "imogen", "ingrid", "irene", "irina", "isabel", "isabella", "isabelle", "isla", "jackie",
    "jacqueline", "jana", "jane", "janet", "janice", "janine", "jasmine", "jeanette",
    "jeanne", "jenna", "jennifer", "jenny", "jessica", "jill", "jo", "joan", "joanna", "joanne",
    "josephine", "joy", "joyce", "juanita", "judith", "judy", "julia", "julianne", "julie", "june",
    "karen", "karin", "katarzyna", "kate", "katherine", "kathleen", "kathryn", "kathy", "katie",
    "katrin", "kayla", "kelly", "kimberly", "kirsten", "krista", "kristen", "lara", "laura",
    "lauren", "leah", "leila", "lena", "lesley", "leslie", "leyla", "lillian", "lily", "lina",
    "linda", "lisa", "lorraine", "louisa", "louise", "lucia", "lucy", "luisa", "lydia", "lynn",
    "mabel", "madeleine", "maggie", "mahsa", "malala", "mandy", "margaret", "marguerite", "maria",
    "marie", "marina", "marion", "marjorie", "marsha", "marta", "martha", "mary", "maryam",
    "maureen", "maxine", "megan", "melania", "melanie", "melissa", "meredith", "mia", "michele",
    "michelle", "mildred", "minnie", "miranda", "miriam", "molly", "mona", "monica", "muriel",
    "nadia", "nadine", "nancy", "nanette", "naomi", "narges", "nasrin", "natalie", "natasha",
    "nathalie", "nicola", "nicole", "nikki", "nina", "noor", "nora", "noura", "olga", "olive",
    "olivia", "pam", "pamela", "paola", "parisa", "patricia", "patrizia", "patty", "paula",
    "paulina", "pauline", "peggy", "penelope", "petra", "phyllis", "polly", "priscilla", "rachael",
    "rachel", "ramona", "rana", "rania", "raquel", "rebecca", "rebekah", "regina", "renee",
    "rhonda", "rita", "roberta", "rosa", "rosalind", "rose", "rosemary", "roxanne", "roya", "ruby",
    "ruth", "sabrina", "sadie", "sally", "salma", "samantha", "sanaa", "sandra", "sandy", "sanja",
    "sara", "sarah", "selena", "shabnam", "shahla", "shannon", "sharon", "sheila", "sherry",
    "sheryl", "shirin", "shirley", "silvia", "simone", "sofia", "sonia", "sophia", "sophie",
    "soraya", "stacy", "stella", "stephanie", "sue", "sunita", "susan", "susanna", "suzanne",
    "svetlana", "sylvia", "tamara", "tanya", "tara", "tatiana", "teresa", "terri", "tess", "thelma",
    "theresa", "thi", "tiffany", "tina", "tracy", "uma", "ursula", "valentina", "valerie",
    "vanessa", "vera", "veronica", "vicky", "victoria", "viola", "violet", "virginia", "vivian",
    "vivienne", "wanda", "wendy", "whitney", "yasmin", "yasmine", "yolanda", "yulia", "yvonne",
    "zahra", "zainab", "zara", "zeinab", "zeynep", "zoe", "zsuzsanna",
];

#[rustfmt::skip]
const MALE: &[&str] = &[
    "aaron", "abbas", "abdul", "abdullah", "abraham", "adam", "adrian", "ahmad", "ahmed", "ahmet",
    "akbar", "alain", "alan", "albert", "aldo", "alejandro", "alexander", "alfonso", "alfred",
    "ali", "alistair", "allen", "ambrose", "amir", "amos", "andreas", "andrei", "andrew", "andy",
    "angus", "anthony", "antoine", "anton", "antonio", "armando", "arnold", "arthur", "arturo",
    "augusto", "axel", "barack", "barry", "bashar", "ben", "benjamin", "benoit", "bernard",
    "bernardo", "bert", "bill", "billy", "bjorn", "bob", "bobby", "boris", "boyd", "brad",
    "bradley", "brandon", "brendan", "brent", "brett", "brian", "bruce", "bruno", "bryan", "burt",
    "caleb", "calvin", "cameron", "carl", "carlo", "carlos", "cecil", "cedric", "cesar", "chad",
    "charles", "charlie", "chester", "chris", "christian", "christopher", "chuck", "claude",
    "clayton", "clifford", "clint", "clyde", "cody", "colin", "conor", "cornelius", "craig",
    "curtis", "cyrus", "dale", "dallas", "damian", "damon", "dan", "daniel", "dario", "darius",
    "darren", "dave", "david", "dean", "declan", "dennis", "derek", "desmond", "dick", "diego",
    "dirk", "dmitry", "dominic", "don", "donald", "donovan", "doug", "douglas", "duncan", "dustin",
    "dwayne", "dwight", "dylan", "earl", "ed", "eddie", "edgar", "edward", "edwin", "elias",
    "elijah", "elliott", "emil", "emilio", "emmanuel", "enrique", "eric", "erik", "ernest",
    "ernesto", "ethan", "eugene", "evan", "farhad", "farid", "felipe", "felix", "fernando", "fidel",
    "francesco", "francis", "francisco", "frank", "franklin", "fred", "frederic", "frederick",
    "fritz", "gabriel", "gareth", "gary", "gavin", "geoff", "geoffrey", "george", "gerald",
    "gerard", "gerhard", "giorgio", "giovanni", "giuseppe", "glen", "glenn", "gordon", "graham",
    "grant", "greg", "gregory", "guillaume", "gunther", "gustavo", "guy", "habib", "hakan", "hamid",
    "hamza", "hans", "harold", "harry", "harvey", "hassan", "hector", "heinrich", "helmut", "henry",
    "herbert", "herman", "hiroshi", "homer", "horace", "hosni", "howard", "hugh", "hugo",
    "humberto", "hussein", "ian", "ibrahim", "igor", "isaac", "ismail", "ivan", "jack", "jacob",
    "jacques", "jake", "jamal", "james", "jamie", "jared", "jason", "javad", "javier",
    "jean-claude", "jean-luc", "jean-marc", "jean-pierre", "jeff", "jeffrey", "jeremy", "jerry",
    "jesse", "jesus", "jim", "jimmy", "joaquin", "jochen", "joe", "joel", "johan", "john", "johnny",
    "jon", "jonathan", "jordan", "jorge", "jose", "josef", "joseph", "josh", "joshua", "juan",
    "julian", "julien", "jurgen", "justin", "kamal", "karim", "karl", "kazuo", "keir", "keith",
    "kemal", "ken", "kendrick", "kenneth", "kent", "kevin", "khaled", "khalid", "kurt", "kyle",
    "lance", "larry", "laurent", "lawrence", "leo", "leon", "leonard", "leonardo", "lewis",
    "lionel", "lloyd", "lorenzo", "louis", "lucas", "ludwig", "luigi", "luis", "luke", "lyndon",
    "mahmoud", "malcolm", "manuel", "marc", "marcel", "marco", "marcus", "mariano", "mario", "mark",
    "martin", "marvin", "massoud", "mathieu", "matt", "matthew", "maurice", "max", "mehdi",
    "mehmet", "melvin", "michael", "michel", "miguel", "mike", "milton", "mitch", "mitchell",
    "mohamed", "mohammad", "mohammed", "mohsen", "moshe", "muhammad", "murat", "mustafa", "nabil",
    "nasser", "nathan", "ned", "neil", "nelson", "nicholas", "nick", "nicolas", "nigel", "nikolai",
    "noah", "norbert", "norman", "olaf", "oliver", "omar", "omid", "orlando", "oscar", "otto",
    "owen", "pablo", "pascal", "patrick", "paul", "pedro", "perry", "peter", "philip", "philippe",
    "phillip", "pierre", "rafael", "rahul", "rajesh", "ralph", "ramon", "randall", "randy",
    "raphael", "raul", "raymond", "reginald", "reinhard", "rene", "rex", "reza", "ricardo",
    "richard", "rick", "rob", "robert", "rocco", "rodney", "rodrigo", "roger", "roland", "rolf",
    "roman", "ron", "ronald", "rory", "ross", "roy", "ruben", "rudolf", "rupert", "russell", "ryan",
    "saeed", "salman", "salvatore", "sam", "samir", "samuel", "santiago", "saul", "scott", "sean",
    "sebastian", "sergei", "sergio", "seth", "shane", "sidney", "silvio", "simon", "stanley",
    "stefan", "stephen", "steve", "steven", "stuart", "sven", "tariq", "ted", "terry", "theodore",
    "thomas", "tim", "timothy", "tobias", "todd", "tom", "tomas", "tommy", "tony", "travis",
    "trevor", "tristan", "troy", "tyler", "tyrone", "ulrich", "umar", "uri", "vernon", "vicente",
    "victor", "viktor", "vincent", "vito", "vladimir", "wade", "walter", "warren", "wayne",
    "william", "willie", "wolfgang", "xavier", "yannick", "yaroslav", "yasser", "yitzhak", "yosef",
    "yuri", "yusuf", "zachary", "zaid", "ziad",
];

/// "he" or "she" for a common given name (lower case), else None.
pub fn pronoun_for(first: &str) -> Option<&'static str> {
    if FEMALE.binary_search(&first).is_ok() {
        Some("she")
    } else if MALE.binary_search(&first).is_ok() {
        Some("he")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_apart() {
        for list in [FEMALE, MALE] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "sorted for binary search"
            );
        }
        assert!(FEMALE.iter().all(|n| MALE.binary_search(n).is_err()));
        assert_eq!(pronoun_for("ellen"), Some("she"));
        assert_eq!(pronoun_for("kevin"), Some("he"));
        assert_eq!(pronoun_for("alex"), None);
    }
}
