//! Which interface to meter, and whether it looks like a phone's hotspot.
//!
//! The interface that carries the default route is the one the laptop's traffic leaves by
//! (Linux says which in `/proc/net/route`); where the system does not say, the busiest
//! interface that is not the loopback is a guess, and is reported as one.

use std::net::{IpAddr, Ipv4Addr};

use super::counters::{CounterSource, Interface};
use crate::error::{Error, Result};

/// What the interface's own address says about the network it is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Network {
    /// An address in 172.20.10.0/28, which an iPhone's Personal Hotspot hands out.
    IphoneHotspot,
    /// An address in 192.168.43.0/24, which Android hotspots have long handed out.
    AndroidHotspot,
    /// Another private address: a phone's hotspot (newer Android phones pick other ranges)
    /// or any other router.
    Private,
    /// A public address: not behind a phone.
    Public,
    /// The loopback interface: this computer talking to itself.
    Loopback,
    /// No IPv4 address to tell by.
    Unknown,
}

impl Network {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// What the addresses say, the most telling first: a phone's own range, then any private
/// one, then a public one.
pub fn guess(name: &str, addresses: &[IpAddr]) -> Network {
    let v4: Vec<Ipv4Addr> = addresses
        .iter()
        .filter_map(|address| match address {
            IpAddr::V4(v4) => Some(*v4),
            IpAddr::V6(_) => None,
        })
        .collect();
    let iphone = |a: &Ipv4Addr| a.octets()[..3] == [172, 20, 10] && a.octets()[3] < 16;
    let android = |a: &Ipv4Addr| a.octets()[..3] == [192, 168, 43];
    if is_loopback(name, addresses) {
        Network::Loopback
    } else if v4.iter().any(iphone) {
        Network::IphoneHotspot
    } else if v4.iter().any(android) {
        Network::AndroidHotspot
    } else if v4.iter().any(Ipv4Addr::is_private) {
        Network::Private
    } else if v4.iter().any(|a| !a.is_link_local() && !a.is_unspecified()) {
        Network::Public
    } else {
        Network::Unknown
    }
}

/// `lo` on Linux, `lo0` on macOS and the BSDs, or an interface with loopback addresses only.
fn is_loopback(name: &str, addresses: &[IpAddr]) -> bool {
    let named = name == "lo"
        || name
            .strip_prefix("lo")
            .is_some_and(|n| n.parse::<u32>().is_ok());
    named || (!addresses.is_empty() && addresses.iter().all(IpAddr::is_loopback))
}

/// How the interface was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Chosen {
    /// `--interface` named it.
    Asked,
    /// It carries the default route.
    DefaultRoute,
    /// A guess: the busiest interface that is not the loopback.
    Busiest,
}

impl Chosen {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The interface to meter, how it was chosen, and what its address says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub interface: Interface,
    pub chosen: Chosen,
    pub network: Network,
}

/// The interface `asked` names, else the one of the default route, else the busiest one
/// that is not the loopback.
pub fn choose(source: &mut dyn CounterSource, asked: Option<&str>) -> Result<Choice> {
    let interfaces = source.interfaces();
    let found = |name: &str| interfaces.iter().find(|i| i.name == name).cloned();
    let (interface, chosen) = match asked {
        Some(name) => (
            found(name).ok_or_else(|| unknown(name, &interfaces))?,
            Chosen::Asked,
        ),
        None => match source.default_route().and_then(|name| found(&name)) {
            Some(interface) => (interface, Chosen::DefaultRoute),
            None => (
                busiest(&interfaces).ok_or(Error::NoInterface)?,
                Chosen::Busiest,
            ),
        },
    };
    let network = guess(&interface.name, &interface.addresses);
    Ok(Choice {
        interface,
        chosen,
        network,
    })
}

fn busiest(interfaces: &[Interface]) -> Option<Interface> {
    interfaces
        .iter()
        .filter(|i| !is_loopback(&i.name, &i.addresses))
        .max_by_key(|i| i.counters.total())
        .cloned()
}

/// An interface name that matched none: the error lists them all, with the closest first
/// when one is close.
fn unknown(name: &str, interfaces: &[Interface]) -> Error {
    let names: Vec<String> = interfaces.iter().map(|i| i.name.clone()).collect();
    let closest = names
        .iter()
        .map(|known| (strsim::normalized_damerau_levenshtein(name, known), known))
        .filter(|(score, _)| *score >= 0.4)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, known)| known.clone());
    Error::UnknownInterface {
        given: name.to_string(),
        closest,
        known: names,
    }
}

#[cfg(test)]
mod tests {
    use super::super::counters::{Counters, FakeCounters};
    use super::*;

    fn interface(name: &str, addresses: &[&str], total: u64) -> Interface {
        Interface {
            name: name.into(),
            addresses: addresses.iter().map(|a| a.parse().unwrap()).collect(),
            counters: Counters { rx: total, tx: 0 },
        }
    }

    fn network_of(addresses: &[&str]) -> Network {
        guess("wlan0", &interface("wlan0", addresses, 0).addresses)
    }

    #[test]
    fn an_iphone_hotspot_is_told_by_its_address() {
        assert_eq!(network_of(&["172.20.10.2"]), Network::IphoneHotspot);
        assert_eq!(
            network_of(&["fe80::1", "172.20.10.14"]),
            Network::IphoneHotspot
        );
        // Outside the /28 an iPhone hands out, the address is only a private one.
        assert_eq!(network_of(&["172.20.10.200"]), Network::Private);
    }

    #[test]
    fn android_and_other_private_ranges() {
        assert_eq!(network_of(&["192.168.43.17"]), Network::AndroidHotspot);
        assert_eq!(network_of(&["192.168.1.20"]), Network::Private);
        assert_eq!(network_of(&["10.42.0.5"]), Network::Private);
        assert_eq!(network_of(&["203.0.113.9"]), Network::Public);
        assert_eq!(network_of(&["169.254.3.3"]), Network::Unknown);
        assert_eq!(network_of(&[]), Network::Unknown);
        assert_eq!(network_of(&["2001:db8::1"]), Network::Unknown);
    }

    #[test]
    fn the_loopback_by_name_or_by_address() {
        assert_eq!(guess("lo", &[]), Network::Loopback);
        assert_eq!(guess("lo0", &[]), Network::Loopback);
        assert_eq!(
            guess("x", &["127.0.0.1".parse().unwrap()]),
            Network::Loopback
        );
        assert_eq!(guess("lower", &[]), Network::Unknown);
    }

    fn machine() -> FakeCounters {
        FakeCounters::new(vec![
            interface("eth0", &["192.168.1.20"], 9_000),
            interface("lo", &["127.0.0.1"], 99_000),
            interface("wlan0", &["172.20.10.3"], 5_000),
        ])
    }

    #[test]
    fn the_default_route_decides_when_the_system_says() {
        let mut source = machine();
        source.default_route = Some("wlan0".into());
        let choice = choose(&mut source, None).unwrap();
        assert_eq!(choice.interface.name, "wlan0");
        assert_eq!(choice.chosen, Chosen::DefaultRoute);
        assert_eq!(choice.network, Network::IphoneHotspot);
    }

    #[test]
    fn else_the_busiest_interface_that_is_not_the_loopback_is_a_guess() {
        let choice = choose(&mut machine(), None).unwrap();
        assert_eq!(choice.interface.name, "eth0");
        assert_eq!(choice.chosen, Chosen::Busiest);
        assert_eq!(choice.network, Network::Private);
    }

    #[test]
    fn a_named_interface_overrides() {
        let choice = choose(&mut machine(), Some("lo")).unwrap();
        assert_eq!(choice.interface.name, "lo");
        assert_eq!(choice.chosen, Chosen::Asked);
        assert_eq!(choice.network, Network::Loopback);
    }

    #[test]
    fn an_unknown_name_lists_the_interfaces_and_the_closest() {
        let Err(Error::UnknownInterface {
            given,
            closest,
            known,
        }) = choose(&mut machine(), Some("wlan1"))
        else {
            panic!("an unknown interface is an error");
        };
        assert_eq!(given, "wlan1");
        assert_eq!(closest.as_deref(), Some("wlan0"));
        assert_eq!(known, ["eth0", "lo", "wlan0"]);
        let Err(Error::UnknownInterface { closest, .. }) = choose(&mut machine(), Some("zzzzzz"))
        else {
            panic!("an unknown interface is an error");
        };
        assert_eq!(closest, None, "nothing is close");
    }

    #[test]
    fn nothing_but_the_loopback_is_no_interface() {
        let mut source = FakeCounters::new(vec![interface("lo", &["127.0.0.1"], 1)]);
        assert!(matches!(choose(&mut source, None), Err(Error::NoInterface)));
    }
}
