//! Setup steps and troubleshooting (`data/steps.yaml`), per platform and connection.

use serde::Deserialize;

use crate::kb::model::{sourced_struct, Device, Platform};
use crate::text::LocalizedText;

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StepsFile {
    pub guides: Vec<Guide>,
    #[serde(default)]
    pub troubleshooting: Vec<Trouble>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum StepPlatform {
    Ios,
    Android,
    Samsung,
}

impl StepPlatform {
    /// Whose menus the steps should follow: Samsung's differ from stock Android's.
    pub fn for_phone(device: Option<&Device>, os: Option<Platform>) -> Option<StepPlatform> {
        let platform = device.map(|d| d.platform).or(os)?;
        let samsung = device.is_some_and(|d| d.maker.as_deref() == Some("Samsung"));
        Some(match platform {
            Platform::Ios => StepPlatform::Ios,
            _ if samsung => StepPlatform::Samsung,
            _ => StepPlatform::Android,
        })
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Via {
    Wifi,
    Usb,
    Bluetooth,
    DataLine,
    Verify,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The steps every connection needs besides its own: the data line first, a check last.
    pub fn is_common(self) -> bool {
        matches!(self, Via::DataLine | Via::Verify)
    }
}

sourced_struct! {
    #[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct Guide {
        pub id: String,
        pub platform: StepPlatform,
        pub via: Via,
        pub title: LocalizedText,
        pub steps: Vec<LocalizedText>,
    }
}

sourced_struct! {
    #[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct Trouble {
        pub id: String,
        pub problem: LocalizedText,
        #[serde(default)]
        pub platforms: Vec<StepPlatform>,
        pub fixes: Vec<LocalizedText>,
    }
}

/// The guides for one platform in the order to follow them: make the eSIM the data line,
/// share over the chosen connections, then prove it works.
pub fn select(
    file: &StepsFile,
    platform: StepPlatform,
    via: Option<Via>,
) -> (Vec<&Guide>, Vec<&Trouble>) {
    let wanted = |g: &&Guide| {
        g.platform == platform && (g.via.is_common() || via.is_none_or(|v| v == g.via))
    };
    let mut guides: Vec<&Guide> = file.guides.iter().filter(wanted).collect();
    guides.sort_by_key(|g| match g.via {
        Via::DataLine => 0,
        Via::Verify => 2,
        _ => 1,
    });
    let troubles = file
        .troubleshooting
        .iter()
        .filter(|t| t.platforms.is_empty() || t.platforms.contains(&platform))
        .collect();
    (guides, troubles)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::Library;

    /// `steps` reads only the built-in entries for the platform asked for; what it shows
    /// must be what reading them all and choosing would show.
    #[test]
    fn the_entries_read_for_a_platform_are_those_chosen_from_all() {
        let library = Library::embedded();
        let all = library.steps().unwrap();
        let ids = |(guides, troubles): (Vec<&Guide>, Vec<&Trouble>)| {
            let guides: Vec<String> = guides.iter().map(|g| g.id.clone()).collect();
            let troubles: Vec<String> = troubles.iter().map(|t| t.id.clone()).collect();
            (guides, troubles)
        };
        let platforms = [
            StepPlatform::Ios,
            StepPlatform::Android,
            StepPlatform::Samsung,
        ];
        let vias = [None, Some(Via::Wifi), Some(Via::Usb), Some(Via::Bluetooth)];
        for platform in platforms {
            let read = library.steps_for(Some(platform)).unwrap();
            assert!(read.guides.len() < all.guides.len(), "{platform:?}");
            for via in vias {
                let chosen = ids(select(&read, platform, via));
                assert!(!chosen.0.is_empty(), "{platform:?} {via:?}");
                assert_eq!(
                    chosen,
                    ids(select(&all, platform, via)),
                    "{platform:?} {via:?}"
                );
            }
        }
    }

    #[test]
    fn steps_follow_the_phones_menus() {
        let library = Library::embedded();
        let phone = |name: &str| library.device(name).unwrap().unwrap();
        let galaxy = phone("Galaxy S24");
        let pixel = phone("Pixel 8");
        let iphone = phone("iPhone 15");
        assert_eq!(
            StepPlatform::for_phone(Some(&galaxy), None),
            Some(StepPlatform::Samsung)
        );
        assert_eq!(
            StepPlatform::for_phone(Some(&pixel), None),
            Some(StepPlatform::Android)
        );
        assert_eq!(
            StepPlatform::for_phone(Some(&iphone), None),
            Some(StepPlatform::Ios)
        );
        assert_eq!(
            StepPlatform::for_phone(None, Some(Platform::Android)),
            Some(StepPlatform::Android)
        );
        assert_eq!(StepPlatform::for_phone(None, None), None);
    }
}
