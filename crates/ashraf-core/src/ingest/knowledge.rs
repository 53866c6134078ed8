//! The data files the ingest reads besides the pages: the outlet overlay (`data/outlets.json`),
//! the entity dictionary (`data/entities.json`) and the event rules (`data/events.json`).

use crate::model::{Entity, Outlet, OutletKind, Place};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct OutletRule {
    pub id: String,
    pub name: String,
    pub kind: OutletKind,
    pub home_page: Option<String>,
    pub note: Option<String>,
    #[serde(default)]
    pub signals: Vec<String>,
    #[serde(default)]
    pub authors: Vec<String>,
}

impl OutletRule {
    /// The outlet as the corpus lists it (without the rules that recognise it).
    pub fn outlet(&self) -> Outlet {
        Outlet {
            id: self.id.clone(),
            name: self.name.clone(),
            kind: self.kind,
            home_page: self.home_page.clone(),
            note: self.note.clone(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
struct OutletFile {
    outlets: Vec<OutletRule>,
    hosts: Vec<OutletRule>,
}

#[derive(Debug, Clone, Deserialize)]
struct EntityFile {
    people: Vec<Entity>,
    organizations: Vec<Entity>,
    places: Vec<Place>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EventRule {
    pub id: String,
    pub label: String,
    /// Each trigger is a list of phrases that must all occur in one sentence (case-insensitive).
    pub triggers: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
struct EventFile {
    events: Vec<EventRule>,
}

#[derive(Debug, Clone)]
pub struct Knowledge {
    pub outlets: Vec<OutletRule>,
    pub hosts: Vec<OutletRule>,
    pub people: Vec<Entity>,
    pub organizations: Vec<Entity>,
    pub places: Vec<Place>,
    pub events: Vec<EventRule>,
}

impl Knowledge {
    /// Parse the three data files; errors name the file.
    pub fn from_json(outlets: &str, entities: &str, events: &str) -> Result<Knowledge, String> {
        let o: OutletFile =
            serde_json::from_str(outlets).map_err(|e| format!("data/outlets.json: {e}"))?;
        let en: EntityFile =
            serde_json::from_str(entities).map_err(|e| format!("data/entities.json: {e}"))?;
        let ev: EventFile =
            serde_json::from_str(events).map_err(|e| format!("data/events.json: {e}"))?;
        Ok(Knowledge {
            outlets: o.outlets,
            hosts: o.hosts,
            people: en.people,
            organizations: en.organizations,
            places: en.places,
            events: ev.events,
        })
    }

    /// Reads and parses the three data files of a data folder (`outlets.json`, `entities.json`,
    /// `events.json`), for the command-line tools; errors name the file.
    pub fn read_folder(data: &std::path::Path) -> Result<Knowledge, String> {
        let read = |name: &str| {
            let path = data.join(name);
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
        };
        Knowledge::from_json(
            &read("outlets.json")?,
            &read("entities.json")?,
            &read("events.json")?,
        )
    }

    /// The data files as committed in the repository (compiled in, so the browser import has them too).
    pub fn bundled() -> Result<Knowledge, String> {
        Knowledge::from_json(
            include_str!("../../../../data/outlets.json"),
            include_str!("../../../../data/entities.json"),
            include_str!("../../../../data/events.json"),
        )
    }

    pub fn affiliation_of(&self, entity_id: &str) -> Option<String> {
        self.people
            .iter()
            .chain(self.organizations.iter())
            .find(|e| e.id == entity_id)
            .and_then(|e| e.affiliation.clone())
    }
}
