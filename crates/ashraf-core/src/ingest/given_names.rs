//! Common given names with the pronoun news prose uses for their bearers, as evidence that a
//! capitalised pair is a person ("Ellen Fetter") and for "she said" to find her. Names used for
//! both are left out. Lower case, sorted, for a binary search.

#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "abigail", "ada", "agnes", "aisha", "alexandra", "alice", "alicia", "alison", "allison",
    "amanda", "amber", "amelia", "amina", "amy", "ana", "andrea", "angela", "angelina", "anita",
    "ann", "anna", "anne", "annie", "antonia", "april", "arianna", "ashley", "audrey", "barbara",
    "beatrice", "becky", "belinda", "bella", "beth", "betty", "beverly", "brenda", "bridget",
    "brigitte", "brittany", "camila", "camille", "carla", "carmen", "carol", "caroline", "carolyn",
    "catherine", "cecilia", "charlotte", "chelsea", "cheryl", "christina", "christine", "cindy",
    "claire", "clara", "claudia", "colleen", "cynthia", "daisy", "dana", "daniela", "danielle",
    "deborah", "debra", "denise", "diana", "diane", "dolores", "donna", "doris", "dorothy", "edith",
    "eleanor", "elena", "elisabeth", "elizabeth", "ella", "ellen", "eloise", "emily", "emma",
    "erica", "erin", "esther", "eva", "eve", "evelyn", "farah", "fatemeh", "fatima", "fiona",
    "florence", "frances", "françoise", "gabriela", "gabrielle", "gail", "gloria", "grace",
    "hannah", "heather", "heba", "heidi", "helen", "helena", "hillary", "holly", "ingrid", "irene",
    "isabel", "isabella", "isabelle", "jacqueline", "jane", "janet", "janice", "jasmine", "jean",
    "jeanne", "jennifer", "jenny", "jessica", "jill", "joan", "joanna", "joanne", "josephine",
    "joyce", "judith", "judy", "julia", "julie", "june", "karen", "kate", "katherine", "kathleen",
    "kathryn", "kathy", "katie", "kelly", "kimberly", "kristen", "laura", "lauren", "leila",
    "leyla", "linda", "lisa", "louise", "lucy", "lydia", "lynn", "madeleine", "maria", "marie",
    "marina", "marion", "marjorie", "martha", "mary", "maryam", "megan", "melania", "melanie",
    "melissa", "michelle", "mildred", "miriam", "molly", "monica", "nadia", "nancy", "naomi",
    "natalie", "natasha", "nicole", "nina", "nora", "olivia", "pamela", "patricia", "paula",
    "pauline", "peggy", "penelope", "rachel", "rebecca", "regina", "renee", "rita", "roberta",
    "rosa", "rose", "ruth", "sabrina", "sally", "samantha", "sandra", "sara", "sarah", "shannon",
    "sharon", "sheila", "shirley", "simone", "sofia", "sophia", "sophie", "stella", "stephanie",
    "susan", "suzanne", "sylvia", "tamara", "teresa", "theresa", "tiffany", "tina", "valerie",
    "vanessa", "vera", "veronica", "victoria", "virginia", "vivian", "wendy", "yasmin", "yolanda",
    "zahra", "zainab", "zoe",
];

#[rustfmt::skip]
const MALE: &[&str] = &[
    "aaron", "abbas", "abdul", "abdullah", "adam", "adrian", "ahmad", "ahmed", "alan", "albert",
    "alexander", "alfred", "ali", "allen", "amir", "andrew", "andy", "anthony", "antonio", "arnold",
    "arthur", "barack", "barry", "ben", "benjamin", "bernard", "bill", "billy", "bob", "bobby",
    "boris", "brad", "bradley", "brandon", "brian", "bruce", "bryan", "carl", "carlos", "charles",
    "charlie", "chris", "christian", "christopher", "craig", "dan", "daniel", "darren", "dave",
    "david", "dennis", "derek", "dick", "dmitry", "donald", "doug", "douglas", "duncan", "dustin",
    "dylan", "earl", "ed", "eddie", "edgar", "edward", "edwin", "emmanuel", "eric", "ernest",
    "eugene", "evan", "frank", "franklin", "fred", "frederick", "gabriel", "gary", "geoffrey",
    "george", "gerald", "gerard", "gordon", "graham", "greg", "gregory", "hamid", "hans", "harold",
    "harry", "hassan", "henry", "herbert", "howard", "hussein", "ian", "ibrahim", "isaac", "ivan",
    "jack", "jacob", "jake", "james", "jamie", "jason", "javier", "jeff", "jeffrey", "jeremy",
    "jerry", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan", "jorge", "jose",
    "joseph", "josh", "joshua", "juan", "justin", "karl", "keith", "ken", "kenneth", "kevin",
    "khalid", "kyle", "larry", "lawrence", "leonard", "louis", "luis", "luke", "mahmoud", "marc",
    "marco", "marcus", "mario", "mark", "martin", "massoud", "matt", "matthew", "max", "michael",
    "miguel", "mike", "mitch", "mohamed", "mohammad", "mohammed", "muhammad", "nathan", "neil",
    "nicholas", "nick", "nicolas", "nikolai", "norman", "oliver", "omar", "oscar", "patrick",
    "paul", "pedro", "peter", "philip", "phillip", "pierre", "ralph", "randy", "raymond", "reza",
    "richard", "rick", "robert", "roger", "ronald", "roy", "russell", "ryan", "saeed", "sam",
    "samuel", "scott", "sean", "sergei", "seth", "simon", "stanley", "stephen", "steve", "steven",
    "stuart", "ted", "terry", "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony", "travis",
    "tyler", "victor", "vincent", "vladimir", "wade", "walter", "warren", "wayne", "william",
    "willie", "yusuf", "zachary",
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
