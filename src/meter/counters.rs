//! Where the byte counts come from: the system's counters for each network interface, behind
//! a trait so that the meter's arithmetic and its choice of interface can be tested on
//! counts a test writes.

use std::net::IpAddr;

/// Bytes received and sent through one interface since the system began counting (its start,
/// or the interface's).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counters {
    pub rx: u64,
    pub tx: u64,
}

impl Counters {
    /// Both directions: a carrier counts what the hotspot sends as well as what it receives.
    pub fn total(self) -> u64 {
        self.rx.saturating_add(self.tx)
    }
}

/// One network interface as the system lists it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interface {
    pub name: String,
    pub addresses: Vec<IpAddr>,
    pub counters: Counters,
}

/// The system's network interfaces and their counters.
pub trait CounterSource {
    /// Every interface listed now, with its addresses and counters.
    fn interfaces(&mut self) -> Vec<Interface>;

    /// The interface that carries the default route, where the system tells (Linux).
    fn default_route(&mut self) -> Option<String>;

    /// The counters of one interface now; `None` while it is gone (unplugged, down, asleep).
    fn read(&mut self, name: &str) -> Option<Counters> {
        self.interfaces()
            .into_iter()
            .find(|interface| interface.name == name)
            .map(|interface| interface.counters)
    }
}

/// The operating system's counters, through sysinfo (Linux, macOS, Windows).
pub struct SystemCounters {
    networks: sysinfo::Networks,
}

impl SystemCounters {
    pub fn new() -> SystemCounters {
        SystemCounters {
            networks: sysinfo::Networks::new(),
        }
    }
}

impl Default for SystemCounters {
    fn default() -> Self {
        SystemCounters::new()
    }
}

impl CounterSource for SystemCounters {
    fn interfaces(&mut self) -> Vec<Interface> {
        // An interface that went away leaves the list, rather than keep its last counts.
        self.networks.refresh(true);
        let mut interfaces: Vec<Interface> = self
            .networks
            .iter()
            .map(|(name, data)| Interface {
                name: name.clone(),
                addresses: data.ip_networks().iter().map(|n| n.addr).collect(),
                counters: Counters {
                    rx: data.total_received(),
                    tx: data.total_transmitted(),
                },
            })
            .collect();
        interfaces.sort_by(|a, b| a.name.cmp(&b.name));
        interfaces
    }

    fn default_route(&mut self) -> Option<String> {
        if cfg!(target_os = "linux") {
            let table = std::fs::read_to_string("/proc/net/route").ok()?;
            default_route_in(&table)
        } else {
            None
        }
    }
}

/// The interface of the default route in Linux's `/proc/net/route`: a route that is up, to
/// destination 0.0.0.0 with mask 0.0.0.0; of several, the one of lowest metric, as the
/// kernel chooses.
pub fn default_route_in(table: &str) -> Option<String> {
    const ROUTE_UP: u32 = 0x1;
    table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (name, destination, flags, metric, mask) = (
                *fields.first()?,
                *fields.get(1)?,
                u32::from_str_radix(fields.get(3)?, 16).ok()?,
                fields.get(6)?.parse::<u32>().ok()?,
                *fields.get(7)?,
            );
            let default = destination == "00000000" && mask == "00000000";
            (default && flags & ROUTE_UP != 0).then(|| (metric, name.to_string()))
        })
        .min()
        .map(|(_, name)| name)
}

/// Counts a test writes: each call to `read` steps through the interface's list of counts,
/// and `None` in it is the interface gone for that reading.
#[cfg(test)]
pub struct FakeCounters {
    pub interfaces: Vec<Interface>,
    pub default_route: Option<String>,
    pub readings: Vec<Option<Counters>>,
    pub next: usize,
}

#[cfg(test)]
impl FakeCounters {
    pub fn new(interfaces: Vec<Interface>) -> FakeCounters {
        FakeCounters {
            interfaces,
            default_route: None,
            readings: Vec::new(),
            next: 0,
        }
    }
}

#[cfg(test)]
impl CounterSource for FakeCounters {
    fn interfaces(&mut self) -> Vec<Interface> {
        self.interfaces.clone()
    }

    fn default_route(&mut self) -> Option<String> {
        self.default_route.clone()
    }

    fn read(&mut self, _name: &str) -> Option<Counters> {
        let reading = self.readings.get(self.next).copied().flatten();
        self.next += 1;
        reading
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROUTES: &str = "\
Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t00000000\t0102A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0
wlan0\t00000000\t010A14AC\t0003\t0\t0\t100\t00000000\t0\t0\t0
wlan0\t000A14AC\t00000000\t0001\t0\t0\t100\t F0FFFFFF\t0\t0\t0
";

    #[test]
    fn the_default_route_of_lowest_metric_wins() {
        assert_eq!(default_route_in(ROUTES).as_deref(), Some("wlan0"));
    }

    #[test]
    fn a_route_that_is_down_or_not_default_is_not_the_default() {
        let down = "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\n\
                    eth0\t00000000\t0102A8C0\t0002\t0\t0\t0\t00000000\n\
                    eth1\t0000A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\n";
        assert_eq!(default_route_in(down), None);
        assert_eq!(default_route_in(""), None);
        assert_eq!(default_route_in("Iface\ngarbage line\n"), None);
    }

    #[test]
    fn the_system_lists_its_interfaces() {
        // Whatever the machine has, each interface has a name and reading it again works.
        let mut system = SystemCounters::new();
        for interface in system.interfaces() {
            assert!(!interface.name.is_empty());
        }
    }
}
