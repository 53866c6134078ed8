//! Finding entity mentions: every alias, longest first, on word boundaries, case-insensitive.
//! An alias shared by several entities ("Rajavi") goes to the one named most recently in full.

use super::clean::fold_with_map;
use super::knowledge::Knowledge;
use crate::model::Mention;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    Person,
    Organization,
    Place,
}

#[derive(Debug, Clone)]
struct AliasEntry {
    folded: String,
    ids: Vec<(String, EntityKind)>,
}

#[derive(Debug, Clone)]
pub struct EntityMatcher {
    aliases: Vec<AliasEntry>,
}

impl EntityMatcher {
    pub fn new(k: &Knowledge) -> Self {
        let mut aliases: Vec<AliasEntry> = Vec::new();
        let mut add = |alias: &str, id: &str, kind: EntityKind| {
            let folded = fold_with_map(alias).0;
            if folded.trim().is_empty() {
                return;
            }
            match aliases.iter_mut().find(|a| a.folded == folded) {
                Some(a) if !a.ids.iter().any(|(i, _)| i == id) => {
                    a.ids.push((id.to_string(), kind))
                }
                Some(_) => {}
                None => aliases.push(AliasEntry {
                    folded,
                    ids: vec![(id.to_string(), kind)],
                }),
            }
        };
        for e in &k.people {
            add(&e.name, &e.id, EntityKind::Person);
            e.aliases
                .iter()
                .for_each(|a| add(a, &e.id, EntityKind::Person));
        }
        for e in &k.organizations {
            add(&e.name, &e.id, EntityKind::Organization);
            e.aliases
                .iter()
                .for_each(|a| add(a, &e.id, EntityKind::Organization));
        }
        for p in &k.places {
            add(&p.name, &p.id, EntityKind::Place);
            p.aliases
                .iter()
                .for_each(|a| add(a, &p.id, EntityKind::Place));
        }
        aliases.sort_by(|a, b| {
            b.folded
                .len()
                .cmp(&a.folded.len())
                .then(a.folded.cmp(&b.folded))
        });
        EntityMatcher { aliases }
    }

    pub fn kind_of(&self, id: &str) -> Option<EntityKind> {
        self.aliases
            .iter()
            .flat_map(|a| a.ids.iter())
            .find(|(i, _)| i == id)
            .map(|(_, k)| *k)
    }

    /// Mentions in the paragraphs of one article, in reading order.
    pub fn find(&self, paragraphs: &[String]) -> Vec<Mention> {
        let mut found: Vec<(usize, usize, usize, usize)> = Vec::new(); // (paragraph, start, end, alias index)
        for (pi, p) in paragraphs.iter().enumerate() {
            let (folded, map) = fold_with_map(p);
            let mut taken: Vec<(usize, usize)> = Vec::new();
            for (ai, alias) in self.aliases.iter().enumerate() {
                for (pos, _) in folded.match_indices(alias.folded.as_str()) {
                    let end = pos + alias.folded.len();
                    let before_ok = folded
                        .get(..pos)
                        .unwrap_or_default()
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric());
                    let after_ok = folded
                        .get(end..)
                        .unwrap_or_default()
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                    let overlaps = taken.iter().any(|&(s, e)| pos < e && s < end);
                    if before_ok && after_ok && !overlaps {
                        taken.push((pos, end));
                        found.push((pi, map[pos], map[end], ai));
                    }
                }
            }
        }
        found.sort();
        let mut last_full: Vec<String> = Vec::new(); // ids named unambiguously, most recent last
        let mut mentions = Vec::with_capacity(found.len());
        for (paragraph, start, end, ai) in found {
            let ids = &self.aliases[ai].ids;
            let id = if ids.len() == 1 {
                ids[0].0.clone()
            } else {
                last_full
                    .iter()
                    .rev()
                    .find(|recent| ids.iter().any(|(i, _)| i == *recent))
                    .cloned()
                    .unwrap_or_else(|| ids[0].0.clone())
            };
            if ids.len() == 1 {
                last_full.retain(|x| *x != id);
                last_full.push(id.clone());
            }
            mentions.push(Mention {
                entity: id,
                paragraph,
                start,
                end,
            });
        }
        mentions
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> EntityMatcher {
        EntityMatcher::new(&Knowledge::bundled().expect("bundled data files parse"))
    }

    fn ids(m: &[Mention]) -> Vec<&str> {
        m.iter().map(|m| m.entity.as_str()).collect()
    }

    #[test]
    fn aliases_possessives_and_longest_match() {
        let m = matcher();
        let ps = vec!["Prime Minister Nuri Kamal al-Maliki's government and the People’s Mujahedeen of Iran met near Baghdad airport.".to_string()];
        let found = m.find(&ps);
        assert_eq!(ids(&found), ["nouri-al-maliki", "mek", "baghdad-airport"]);
        assert_eq!(&ps[0][found[0].start..found[0].end], "Nuri Kamal al-Maliki");
    }

    #[test]
    fn ambiguous_surname_follows_the_last_full_name() {
        let m = matcher();
        let ps = vec![
            "Massoud Rajavi went into hiding. Rajavi ordered it.".to_string(),
            "Maryam Rajavi said so. Rajavi added more. Mr. Butler left.".to_string(),
        ];
        let found = m.find(&ps);
        assert_eq!(
            ids(&found),
            [
                "massoud-rajavi",
                "massoud-rajavi",
                "maryam-rajavi",
                "maryam-rajavi",
                "lawrence-butler"
            ]
        );
    }

    #[test]
    fn word_boundaries() {
        let m = matcher();
        let found = m.find(&["The Iraqi army and the Rajavis; UNHCR staff.".to_string()]);
        assert_eq!(ids(&found), ["iraqi-security-forces", "unhcr"]);
    }
}
