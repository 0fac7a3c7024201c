//! Ways to make the hotspot's data last, shown while metering: each with the page that says
//! how, and the day that page was read. Their words are in the catalogs (`meter-tip-<id>`).

/// The systems a tip is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    Windows,
    MacOs,
    /// Any laptop.
    Any,
}

impl Os {
    /// The system this program runs on; `Any` for one no tip names.
    pub fn this() -> Os {
        if cfg!(target_os = "windows") {
            Os::Windows
        } else if cfg!(target_os = "macos") {
            Os::MacOs
        } else {
            Os::Any
        }
    }
}

/// One tip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tip {
    /// The catalog's words are `meter-tip-<id>`.
    pub id: &'static str,
    pub os: Os,
    /// The page that says how.
    pub source: &'static str,
    /// When the page was read.
    pub checked: &'static str,
}

/// Every tip. Apple's own page on Low Data Mode found is for iPhone and iPad; the Mac's
/// setting is taken from a page that walks through it.
pub static TIPS: &[Tip] = &[
    // "Cellular data connections are set as metered by default. Wi-Fi and Ethernet network
    // connections can be set to metered but aren't by default... some updates for Windows
    // won't be installed automatically."
    Tip {
        id: "windows-metered",
        os: Os::Windows,
        source: "https://support.microsoft.com/en-us/windows/metered-connections-in-windows-10-7b33928f-a144-b265-97b6-f2e95a87c408",
        checked: "2026-12-01",
    },
    // Pause Updates in Settings > Windows Update stops all updates for a while.
    Tip {
        id: "windows-updates",
        os: Os::Windows,
        source: "https://www.zdnet.com/article/windows-10-tip-when-you-should-and-shouldnt-pause-updates/",
        checked: "2026-12-01",
    },
    // System Settings > Wi-Fi > Details next to the network > Low Data Mode; per network;
    // it holds back automatic updates, iCloud syncing and background downloads.
    Tip {
        id: "macos-low-data",
        os: Os::MacOs,
        source: "https://applemagazine.com/low-data-mode/",
        checked: "2026-12-01",
    },
    // Right-click OneDrive's cloud icon > Pause syncing, for 2, 8 or 24 hours.
    Tip {
        id: "pause-sync",
        os: Os::Any,
        source: "https://shsu.edu/dept/it@sam/tech-tutorials/office-365/office365_pausestopsync",
        checked: "2026-12-01",
    },
    // On the phone itself: Settings > Cellular > Cellular Data Options > Low Data Mode
    // restricts background network use; automatic downloads, backups and iCloud updates stop.
    Tip {
        id: "iphone-low-data",
        os: Os::Any,
        source: "https://support.apple.com/en-euro/HT210596",
        checked: "2026-12-01",
    },
];

/// The tips for a laptop running `os`: its own, then those for any.
pub fn for_os(os: Os) -> Vec<Tip> {
    let own = TIPS.iter().filter(|tip| tip.os == os && os != Os::Any);
    let any = TIPS.iter().filter(|tip| tip.os == Os::Any);
    own.chain(any).copied().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_system_gets_its_own_tips_and_the_common_ones() {
        let ids = |os| for_os(os).iter().map(|t| t.id).collect::<Vec<_>>();
        assert_eq!(
            ids(Os::Windows),
            [
                "windows-metered",
                "windows-updates",
                "pause-sync",
                "iphone-low-data"
            ]
        );
        assert_eq!(
            ids(Os::MacOs),
            ["macos-low-data", "pause-sync", "iphone-low-data"]
        );
        assert_eq!(ids(Os::Any), ["pause-sync", "iphone-low-data"]);
    }

    #[test]
    fn every_tip_has_words_a_source_and_a_date() {
        for tip in TIPS {
            let id = format!("meter-tip-{}", tip.id);
            assert_ne!(crate::i18n::message(&id, None), id, "no words for {id}");
            assert!(tip.source.starts_with("https://"), "{}", tip.source);
            assert!(crate::kb::date::Date::parse(tip.checked).is_ok());
        }
    }
}
