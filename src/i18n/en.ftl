# esim-hotspot's own words in English. Every message here has its twin in zh.ftl, with the
# same arguments (a test checks). Carrier and plan names are put in as the carriers write them.

lang-name = English

findings = Findings
source = source:
to-decide = To decide, find out:
not-checked = Not checked:
not-checked-hint = They could add a limit or a warning; give them as flags (see `esim-hotspot check --help`) or run `esim-hotspot guide`.
trace = Every rule, fired or not:
not-given = not given
repeat = Repeat with:
carrier = Carrier:
plan = Plan:
device = Device:
hotspot = Hotspot:
plan-facts = Plan facts:
device-facts = Phone facts:
undated = the page carries no date
kb-valid = knowledge base OK
no-hotspot-no-budget = this plan includes no hotspot data, so there is nothing left to budget
no-full-speed-no-budget = this plan has no full-speed hotspot data: all of it runs at the reduced speed, so there is no full-speed allowance to budget
unknown-cap-no-budget = the plan's hotspot allowance is not known, so what is left cannot be worked out: ask the carrier
no-budget = No budget:
notes = Notes:
add-on = Add-on:
works = works:
too-slow = too slow:
needs = needs
nothing-listed-works = none of the listed activities: text messages at most
left = Left:
at-full-speed = at full speed
unlimited-left = unlimited
nothing-left = nothing at full speed: the allowance is used up
carries = That carries about:
both-ways = {" "}(sent and received, both counted)
sources-disagree = {" "}(estimates vary widely; no official figure)
usage-figures-note = Hours are from the providers' per-hour figures (see --format json for each source); many are a per-stream maximum, so real use is often lower.
no-plans-match = no plans match
not-included = not included
unlimited = unlimited
unlimited-speed-unknown = unlimited, top speed unknown
carriers-rule-brief = {" "}(the carrier's usual)
included-amount-unknown = included, amount unknown
reduced-speed-only = reduced speed only
carriers-rule-note = * the carrier's usual after-cap speed; the plan's own is not confirmed
none = none
unknown = unknown
hotspot-unknown = hotspot unknown
yes = yes
no = no
resets-daily = The allowance resets every day; tomorrow it starts again.
input-ended = input ended before the guide finished; nothing was saved
terminal-failed = the terminal could not be used
text-hint = (Enter to skip, < to go back)
text-hint-kept = (Enter keeps it, Ctrl-U clears it, Esc goes back)
needs-terminal = the guide needs a terminal to ask its questions; use `esim-hotspot check` with flags instead (see `esim-hotspot check --help`)
left-guide = Left the guide; nothing was saved.
dont-know = I don't know
not-listed = Not listed / I don't know
q-carrier = Which carrier or eSIM seller is the eSIM from? (type to search)
q-plan = Which plan? (hotspot allowance shown)
q-device = Which phone? (type to search)
q-has-esim = Does the phone have eSIM? (iPhone: Settings > General > About lists an EID)
q-bought-in = Where was the phone bought?
q-os = Which kind of phone?
q-os-version = Which iOS or Android version, like 17.4?
q-esim = Is the eSIM on the phone?
q-lock = Is the phone locked to a carrier? (iPhone: Settings > General > About > Carrier Lock)
q-locked-to = Which carrier is it locked to?
q-security = Which security does the hotspot use?
q-password-check = Check the hotspot password's strength? It is not shown, saved or sent anywhere.
q-password = Hotspot password (hidden)
no-password-typed = No password typed: type it and press Enter, or press Esc to skip the check
password-skipped = No password given: strength check skipped.
q-password-stdin = Hotspot password (hidden, Enter to finish):{" "}
password-stdin-too-long = --password-stdin: the password is longer than 1 KiB (1024 bytes); a Wi-Fi password has at most 63 characters
password-stdin-not-utf8 = --password-stdin: the password is not UTF-8 text; pass it as text, one line
q-roaming = Where will you use the hotspot?
q-save-profile = Save these answers (never the password) for `esim-hotspot check --profile`?
size-example = a size like 1.5GB or 800MB
empty-password-stdin = --password-stdin: standard input held no password (pipe one line, e.g. from a password manager)
interrupted = interrupted
page-dated = page dated
troubleshooting = If something goes wrong
checked = checked
stale-mark = (old)
no-days-left = --days-left: give at least 1 (today counts as a day left)
hint-unlisted-device = If your phone is not listed, leave out --device and say whether it has eSIM with --has-esim true or false: an iPhone with eSIM lists an EID in Settings > General > About; on Android, Settings > About phone shows an EID.
hint-unlisted-carrier = `esim-hotspot plans` lists the carriers; use --carrier other if yours is not there.
hint-plan-needs-carrier = Give --carrier too, to look in one carrier's plans.
hint-choose-carrier = Give --carrier to choose.
hint-plans-of = `esim-hotspot plans --carrier { $carrier }` lists its plans.
hint-newest-of = Those are { $shown } of { $count }, the newest where the year is known; `esim-hotspot devices { $query }` lists them all.
name-kind-carrier = carrier
name-kind-plan = plan
name-kind-device = device
unknown-name = no { $kind } called "{ $given }".
unknown-name-closest = no { $kind } called "{ $given }"; did you mean { $closest }?
ambiguous-name = "{ $given }" names more than one { $kind }: { $candidates }.
a-bought-in-us = United States (美版)
a-bought-in-cn = Mainland China (国行)
a-bought-in-hk = Hong Kong (港版)
a-bought-in-mo = Macao (澳版)
a-bought-in-other = Somewhere else
a-os-ios = iPhone (iOS)
a-os-android = Android
a-esim-active = Installed and turned on
a-esim-installed = Installed, not turned on yet
a-esim-none = Not installed yet
a-lock-unlocked = Unlocked ("No SIM restrictions")
a-lock-locked = Locked to a carrier
a-security-wpa3 = WPA3
a-security-wpa2-wpa3 = WPA2/WPA3
a-security-wpa2 = WPA2 only
a-security-open = None (no password)
a-roaming-false = In the United States
a-roaming-true = Abroad, roaming
a-has-esim-true = Yes, it has eSIM
a-has-esim-false = No, only physical SIM slots
plan-table-carrier = Carrier
plan-table-plan = Plan
plan-table-kind = Kind
plan-table-full-speed = Hotspot at full speed
plan-table-then = Then
plan-table-esim = eSIM
plan-table-verified = Verified
fact-carrier = carrier
fact-roaming-rules = the carrier's roaming rules
fact-plan = plan
fact-plan-esim = whether the plan works on an eSIM
fact-hotspot-included = whether the plan includes hotspot
fact-hotspot-allowance = the plan's hotspot allowance
fact-after-cap = the speed after the allowance
fact-shares-data = whether hotspot shares the plan's data
fact-max-devices = the device limit
fact-period = what the allowance is counted over
fact-speed-cap = a fixed top speed for hotspot
fact-after-cap-carries = what the after-cap speed still carries
fact-speed-cap-carries = what the top speed still carries
fact-phone-number = whether the eSIM has a phone number
fact-used = data used
fact-device = phone model
fact-device-esim = whether the phone has eSIM
fact-bought-in = where the phone was bought
fact-platform = phone system
fact-os-version = system version
fact-esim = eSIM state
fact-lock = carrier lock
fact-locked-to = the carrier the phone is locked to
fact-security = hotspot security
fact-password = password strength
fact-roaming = roaming
network-line = Network: { $network }
on-network = {" "}(network: { $network })
always-at = always at { $speed }
allowance-brief = { $high_speed } { $period ->
        [day] a day
        [plan] for the whole plan
       *[month] a month
    }, then { $then }
allowance-brief-speed-unknown = { $high_speed } { $period ->
        [day] a day
        [plan] for the whole plan
       *[month] a month
    }, then an unknown speed
unlimited-up-to = unlimited, up to { $cap }
hotspot-included = hotspot included
no-hotspot = no hotspot
hotspot-not-confirmed = hotspot not confirmed
shares-plan-data = Hotspot use comes out of the plan's own data.
own-allowance = Hotspot has its own allowance, apart from the phone's data.
speed-cap = Hotspot is held to { $speed } at most, even before any cap.
max-devices = Up to { $n } devices at once.
at-speed-heading = After the cap, at { $speed }:
budget-heading = With { $used } used { $period ->
        [day] today
        [plan] so far
       *[month] this cycle
    }:
daily-budget = Daily budget: { $daily } a day for the { $days } { $days ->
        [one] day
       *[other] days
    } left
runs-out = At the pace so far, the full-speed data runs out on { $day }, before the cycle resets.
lasts-until = At the pace so far, the full-speed data lasts until the cycle resets on { $reset }.
best-video = An hour a day of { $name } fits the daily budget.
hours = { $h } h
minutes = { $m } min
too-long-answer = { $hidden ->
        [yes] A password
       *[no] An answer
    } longer than 1 KiB is not kept: type a shorter one
used-question = { $shares ->
        [yes] Mobile data used so far (all of it: on this plan hotspot comes out of the plan's data)
       *[no] Hotspot data used so far
    } { $period ->
        [day] today
        [plan] in this plan
       *[month] this billing cycle
    }, like 1.5GB?
no-profile = no profile at { $path }: run `esim-hotspot guide` and save its answers, or give the facts as flags
profile-not-written = the profile could not be written: { $error }
not-a-kb-dir = --kb { $dir }: not a directory (it should hold carriers/, devices.yaml or rules.yaml)
no-kb-dir = --kb { $dir }: no such directory (it should hold carriers/, devices.yaml or rules.yaml)
read-value = read { $value }
years-old = , { $years } { $years ->
        [one] year
       *[other] years
    } old
profile-saved = Saved to { $path }.
platform-ios = iPhone and iPad
platform-android = Android (Pixel and stock Android)
platform-samsung = Samsung Galaxy (One UI)
steps-heading = Setting up the hotspot on { $platform }
offer-steps = Show the setup steps for { $platform }?
stale = Last verified { $verified }, { $months } { $months ->
        [one] month
       *[other] months
    } ago — plans change; confirm with the carrier.
general-after-cap = {" "}(the carrier's usual after-cap speed; this plan's own is not confirmed)
then-stops = , then hotspot stops { $until }
then-speed = , then { $speed }
then-unknown = , then an unknown speed
# A table cell: hotspot stops once the cap is used.
speed-blocked = blocked
allowance-not-included = not included
allowance-unlimited = unlimited at full speed
allowance-unlimited-up-to = unlimited, at up to { $cap }
allowance-unlimited-held = unlimited, but its speed may be held down: ask the carrier how fast
allowance-none-always = no full-speed hotspot data; always at { $speed }
allowance-none = no full-speed hotspot data
allowance-amount = { $amount } at full speed { $period ->
        [day] per day
        [plan] for the whole plan
       *[month] per month
    }{ $then }
allowance-unknown = unknown: ask the carrier whether hotspot is included and how much
allowance-amount-unknown = included, amount unknown: ask the carrier how much
per-period = { $period ->
        [day] a day
        [plan] for the whole plan
       *[month] a month
    }
this-period = { $period ->
        [day] today
        [plan] in this plan
       *[month] this billing cycle
    }
until-reset = { $period ->
        [day] until the next day
        [plan] until you buy more
       *[month] until the next billing cycle
    }
verdict-yes = Yes: you can share this eSIM's data through your hotspot.
verdict-limited = Yes, with limits: you can share data, within what is listed below.
verdict-no = No: this eSIM's data cannot be shared through a hotspot in this situation.
verdict-unknown = Not known yet: the answer depends on the facts listed below.
verdict-word-yes = YES
verdict-word-limited = LIMITED
verdict-word-no = NO
verdict-word-unknown = UNKNOWN
severity-block = block
severity-limit = limit
severity-warn = warn
severity-info = info
plan-kind = { $kind ->
        [unlisted] from your figures
        [prepaid] prepaid
        [legacy] legacy
        [travel] travel
       *[postpaid] postpaid
    }
rule-fired = fired
rule-not-fired = did not fire
rule-could-fire = could fire (a fact it needs is missing)
truth-true = → true
truth-false = → false
truth-unknown = → unknown
source-carrier = the carrier's own page
source-vendor = the maker's own page
source-carrier-copy = the carrier's own words, read in a copy kept on { $host }: confirm them on the carrier's site
source-vendor-copy = the maker's own words, read in a copy kept on { $host }: confirm them on the maker's site
source-press = a press report, not the carrier's page
source-press-copy = a press report, not the carrier's page, read in a copy kept on { $host }
source-forum = a forum or community source only: confirm it before relying on it
source-forum-copy = a community source kept on { $host } only: confirm it before relying on it
source-unknown-kind = source of unknown kind
problems-found = { $count } { $count ->
        [one] problem
       *[other] problems
    } found
ask-carrier = Which carrier or eSIM seller is the eSIM from? Give --carrier (e.g. --carrier t-mobile), or --carrier other if it is not listed.
ask-give-carrier = Give --carrier.
ask-roaming-hotspot = Ask the carrier whether mobile hotspot works while roaming abroad.
ask-plan = Which plan is the eSIM on? The carrier's app, account page or the eSIM receipt names it. Give --plan.
ask-give-plan = Give --plan.
ask-plan-esim = Ask the carrier whether this plan can be activated on an eSIM.
ask-hotspot-included = Ask the carrier: "Does my plan include mobile hotspot (tethering), and how many GB at full speed?"
ask-hotspot-allowance = Ask the carrier how much hotspot data the plan includes at full speed each month.
ask-after-cap = Ask the carrier what speed hotspot drops to once the full-speed allowance is used.
ask-shares-data = Ask the carrier whether hotspot use counts against the plan's own data.
ask-max-devices = Ask the carrier how many devices may join the hotspot at once.
ask-period = Ask the carrier whether the hotspot allowance is per month, per day or for the whole plan.
ask-reset = Ask the carrier when the hotspot allowance starts again.
ask-speed-cap = Ask the carrier whether hotspot is held to a fixed top speed.
ask-speed-capped = Ask the carrier whether hotspot is held to a fixed top speed, and how fast.
ask-phone-number = Ask the seller whether the eSIM comes with a US phone number or is data only.
ask-left = Give --used with the hotspot data used this billing cycle (iPhone: Settings > Cellular > Personal Hotspot; Android: Settings > Network & internet > Data usage).
ask-device = Which phone is it? Give --device (e.g. --device "iPhone 15"). iPhone: Settings > General > About > Model Name.
ask-give-device = Give --device.
ask-device-esim = Check whether the phone has eSIM: on iPhone, Settings > General > About lists an EID; on Android, the SIM settings offer to download or add an eSIM. Or give --esim installed/active if it is already on the phone.
ask-bought-in = Where was the phone bought? Models sold in mainland China, Hong Kong and Macao often have no eSIM. Give --bought-in us|cn|hk|mo|other.
ask-platform = Give --os ios or --os android (or --device).
ask-os-version = Give --os-version. iPhone: Settings > General > About > iOS Version; Android: Settings > About phone > Android version.
ask-esim = Is the eSIM on the phone yet, and turned on? Give --esim active, installed or none.
ask-lock = Is the phone locked to a carrier? iPhone: Settings > General > About > Carrier Lock ("No SIM restrictions" means unlocked). Give --lock locked or --lock unlocked.
ask-locked-to = Only if the phone is locked: which carrier is it locked to? Give --locked-to.
ask-security = Which security does the hotspot use? Give --security wpa3, wpa2-wpa3, wpa2 or open.
ask-password = Check the hotspot password's strength with `esim-hotspot guide` or `check --password-stdin` (it is never shown or stored).
ask-used = Give --used with the hotspot data used this billing cycle, e.g. --used 3.5GB.
ask-roaming = Will you use the hotspot while roaming outside the carrier's home country? Give --roaming true or false.
list-separator = ,{" "}
paren = {" "}({ $text })
detail-separator = ;{" "}
full-stop = .{" "}
after-label = : { $text }
value-example =
    { $what ->
        [speed] write it like 600kbps or 3Mbps
       *[size] write it like 15GB, 500MB or 1.5GB
    }
value-empty = an empty value is not allowed ({ value-example })
value-negative = "{ $input }" is negative ({ value-example })
value-no-number = "{ $input }" does not start with a number ({ value-example })
value-no-unit = "{ $input }" has no unit ({ value-example })
value-unknown-unit =
    "{ $input }" is not a { $what ->
        [speed] speed
       *[size] data size
    } ({ value-example })
value-too-large = "{ $input }" is too large ({ value-example })
value-below-one =
    { $what ->
        [speed] "{ $input }" is less than 1 kbps (write blocked for none, or a speed like 600kbps or 3Mbps)
       *[size] "{ $input }" is less than one byte (write 0B for none, or a size like 15GB, 500MB or 1.5GB)
    }
value-bool =
    { $value } is not { $what ->
        [speed] a speed
       *[size] a data size
    }; write the value with its unit
value-left-not-used = "{ $input }" is what is left; give what you have used (your allowance minus what is left)
value-size-meant = "{ $input }" is not a data size (write { $digits }GB)
value-decimal-comma =
    "{ $input }" is not a { $what ->
        [speed] speed
       *[size] data size
    }: a decimal is written with a point (write { $decimal })
value-thousands-or-decimal-comma =
    "{ $input }" is not a { $what ->
        [speed] speed
       *[size] data size
    }: write { $thousands }, or { $decimal } if the comma is a decimal point
value-thousands-comma =
    "{ $input }" is not a { $what ->
        [speed] speed
       *[size] data size
    }: write the number without commas ({ $thousands })
help-examples =
    Examples:
      esim-hotspot check --carrier verizon --plan "Unlimited Ultimate" --esim active
      esim-hotspot check --carrier t-mobile --plan go5g-plus --device "iPhone 15" --bought-in hk
      esim-hotspot check --carrier att --plan "Unlimited Elite" --used 38GB --format json
      esim-hotspot cap "Go5G Plus" --used 38GB --cycle-day 12
      esim-hotspot plans --min-hotspot 30GB --sort hotspot
      esim-hotspot --lang zh check --carrier t-mobile --plan go5g-plus
      esim-hotspot kb validate ./my-kb

    Exit codes: 0 sharing works (yes or limited), 1 it does not (no), 2 bad input or a
    knowledge-base error, 3 unknown (the report lists what to find out), 130 interrupted.
help-cap-examples =
    Examples:
      esim-hotspot cap "Go5G Plus"
      esim-hotspot cap ultimate --carrier verizon --used 120GB --cycle-day 12
      esim-hotspot cap beyond-unlimited --used 9.5GB --days-left 6 --format json
      esim-hotspot cap "Go5G Plus" --used 10GB --all
      esim-hotspot cap "Starter SL" --explain
help-plans-examples =
    Examples:
      esim-hotspot plans
      esim-hotspot plans --carrier t-mobile --kind legacy
      esim-hotspot plans --min-hotspot 30GB --esim --sort hotspot
      esim-hotspot plans --format json
help-steps-examples =
    Examples:
      esim-hotspot steps --platform ios
      esim-hotspot steps --platform samsung --via usb
      esim-hotspot steps --platform android --format json
help-about = Can I share my US eSIM's data through my phone's hotspot, how much, and how do I set it up safely?
help-check = Can this eSIM's data be shared by hotspot? A verdict with every reason and its source
help-guide = Walk through the questions that matter to a verdict (the default on a terminal)
help-cap = A plan's hotspot cap in words, and with --used what is left and what it carries
help-plans = A table of plans with their hotspot allowance, filtered and sorted
help-steps = Setup steps for Wi-Fi, USB or Bluetooth hotspot, then troubleshooting
help-kb = Check and inspect the knowledge base
help-completions = A completion script for a shell, on standard output
help-man = The manual page (roff), on standard output
lang-switch = 中文 (switch to Chinese)
untranslated = warning: { $file }: "{ $id }" { $field } has no zh text; Chinese readers see the English
not-a-date = "{ $input }" is not a date (write it like 2026-11-25, 2026-11 or 2026)
not-a-full-date = "{ $input }" is not a full date (write it like 2026-11-25)
no-such-day = "{ $input }" is not a real date: { $month } has no day { $day }
not-a-version = "{ $input }" is not a version (write it like 17.4 or 14)
flag-error = --{ $flag }: { $error }
not-one-of = "{ $input }" is not one of { $words } (or unknown)
not-a-whole-number = "{ $input }" is not a whole number (write it like 12)
number-too-large = "{ $input }" is too large (at most { $max })
not-a-day-of-month = "{ $input }" is not a day of the month (write 1 to 31)
no-cycle-around = --cycle-day: the billing cycle around today ({ $today }) runs past the calendar's end; give --days-left instead
step-all = all of
step-any = any of
step-not = not
step-test =
    { $fact } { $op ->
        [is] is { $value }
        [is_not] is not { $value }
        [one_of] is one of { $value }
        [less_than] is less than { $value }
        [at_most] is at most { $value }
        [greater_than] is greater than { $value }
        [at_least] is at least { $value }
        [present] is given
        [missing] is missing
       *[other] { $op } { $value }
    }
stats-carriers = carriers
stats-plans = plans
stats-known-allowance = { $known } with a known hotspot allowance, { $unknown } unknown
stats-devices = devices
stats-rules = rules
stats-activities = activities
stats-guides = setup guides
stats-sources = sources
stats-sources-line = { $total }{ paren-open }{ $kinds }{ paren-close }; { $copies } read in copies kept on other sites
stats-oldest = oldest
stats-newest = newest
paren-open = {" "}(
paren-close = )
shortened-input = { $start }… ({ $length } characters)
plan-of = { $plan } from { $carrier }
flag-carrier = Carrier or eSIM seller (id, name or alias: t-mobile, "AT&T", vzw); `other` if not listed
flag-plan = Plan (id, name or alias: "Go5G Plus", go5g-plus)
flag-device = Phone model ("iPhone 15", pixel-8, "Galaxy S24")
flag-bought-in = Where the phone was bought: some models sold in mainland China, Hong Kong and Macao have no eSIM (国行, 港版, 澳版 and 美版 work too)
flag-os = The phone's operating system (taken from --device when left out)
flag-os-version = The operating system's version, like 17.4 or 14
flag-esim = Is the eSIM on the phone: active (turned on), installed (not in use yet), or none
flag-lock = Is the phone locked to a carrier (locked, unlocked; yes or no)
flag-locked-to = The carrier a locked phone is locked to
flag-security = The hotspot's security setting, also as the phone shows it ("WPA2/WPA3-Personal", "None")
flag-used = Hotspot data used so far this billing cycle (today, on a daily allowance), like 3.5GB or 800MB; where hotspot comes out of the plan's own data, all mobile data used
flag-roaming = Will the hotspot be used while roaming abroad (yes or no)
flag-has-esim = For a phone not in the list: does it have eSIM (yes or no)
unlisted-carrier = your carrier
unlisted-plan = your plan
your-figures-source = Plan facts: the figures you gave, from your bill or your carrier's app.
unlisted-phone = phone
ask-plan-kind = Is the plan postpaid (billed monthly), prepaid, or a travel eSIM? Ask the seller if the receipt does not say; travel eSIMs often forbid hotspot.
fact-plan-kind = kind of plan
flag-hotspot-cap = Your plan's full-speed hotspot allowance, as your bill or app gives it: a size like 15GB, unlimited, or none
flag-after-cap = What hotspot does after that allowance: a speed like 600kbps, or stop
flag-cap-period = What the allowance is counted over: month, day or plan
flag-hotspot-shares-data = Does hotspot use come out of the plan's own data (yes or no)
plan-term =
    { $term ->
        [allowance] hotspot allowance
        [after_cap] speed after the allowance
        [period] what the allowance is counted over
       *[shares_plan_data] whether hotspot shares the plan's data
    }
kb-said = the knowledge base says { $value }
from-you = From you: { $terms }
device-table-phone = Phone
device-table-us = eSIM: US and most markets
device-table-cn = Mainland China
device-table-hk = Hong Kong
device-table-mo = Macao
no-devices-match = no phones match; a phone not listed can still be checked: an EID in Settings > General > About (iPhone) or Settings > About phone (Android) means it has eSIM, then `esim-hotspot check --has-esim true`
devices-note = Check your own phone: an EID line in Settings > General > About (iPhone) or Settings > About phone (Android) means it has eSIM. `esim-hotspot check --device NAME` gives the whole answer.
help-devices = Is my phone compatible? Phones with whether each takes an eSIM, by where it was sold
help-devices-examples =
    Examples:
      esim-hotspot devices "iphone 15"
      esim-hotspot devices --maker samsung --esim no
      esim-hotspot devices 华为 --bought-in 国行
      esim-hotspot devices --format json
carrier-table-name = Carrier or seller
carrier-table-id = --carrier
carrier-table-network = Network
carrier-table-kinds = Plans
carrier-table-known = Allowance known
help-carriers = The carriers and eSIM sellers known, with their network and how much is known of them
q-hotspot-cap = Your carrier's app or bill shows your hotspot allowance: type it (e.g. 15GB), 'unlimited', or Enter if you don't know
used-of = { $used } of { $total }
bytes-left = { $left } left
all-used = all used up
over-by = { $over } over, all used up
resets-on = resets { $date }
short-date = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $day }
about = about { $figure }
more-with-all = Every activity, with exact figures: add --all.
which-connection = How will the other device connect?
via = { $via ->
        [usb] Over a USB cable
        [bluetooth] Over Bluetooth
       *[wifi] Over Wi-Fi (most devices)
    }
steps-heading-for = Setting up the hotspot on { $device } ({ $platform })
travel-roaming = { $seller } sells travel eSIMs: if it says to turn on data roaming, turn it on for the eSIM's line (in the first steps below), or the hotspot has no data to share.
cap-needs-a-plan = name a plan (`esim-hotspot plans` lists them), or give your plan's figures from your bill: --hotspot-cap 15GB, and --after-cap if you know it
cap-needs-one-of-its-plans = name one of { $carrier }'s plans (`esim-hotspot plans --carrier { $id }` lists them), or give your plan's figures from your bill: --hotspot-cap 15GB, and --after-cap if you know it
your-plan-at = Your { $carrier } plan
help-meter = The hotspot data this laptop uses, live: what is left, and when it runs out at this pace
help-meter-examples =
    Examples:
      esim-hotspot meter
      esim-hotspot meter --carrier verizon --plan "Unlimited Plus" --used 12GB --cycle-day 16
      esim-hotspot meter --profile --interface en0
      esim-hotspot meter --interface wlan0 --duration 60 --format json

    Ctrl-C stops the meter and prints the total; with --profile the total is added to the
    profile's data used (--no-save leaves the profile as it is).
not-seconds = "{ $input }" is not a number of seconds (write a whole number, at least 1, like 60)
unknown-interface = no network interface called "{ $given }"; this computer has: { $known }
unknown-interface-closest = no network interface called "{ $given }"; did you mean { $closest }? This computer has: { $known }
no-interface = no network interface to meter but the loopback: join the phone's hotspot first, or name one with --interface
meter-interface = Metering { $name }.
meter-interface-route = Metering { $name }: it carries the default route.
meter-interface-busiest = Metering { $name }, a guess: it is the busiest interface (--interface chooses another).
meter-network =
    { $kind ->
        [iphone_hotspot] It looks like an iPhone's Personal Hotspot (address { $address }).
        [android_hotspot] It looks like an Android phone's hotspot (address { $address }).
        [private] A private network (address { $address }): a phone's hotspot, or another router.
        [public] Its address ({ $address }) is public: it does not look like a phone's hotspot.
        [loopback] This is the loopback interface: only this computer's traffic to itself.
       *[unknown] It has no IPv4 address that tells whether it is a phone's hotspot.
    }
meter-left-at-start = Left at the start: { $left } of { $allowance } ({ $used } used before).
meter-unlimited = The plan's hotspot data is unlimited at full speed: nothing runs out.
meter-resets = The allowance starts again { $time }.
meter-needs-used = Give --used with the hotspot data used so far this cycle to see what is left and when it runs out.
meter-no-plan = Give --carrier and --plan (or --profile) to see what is left of the plan's hotspot data.
meter-tips = To make the data last:
meter-tip-windows-metered = Windows: set the hotspot's Wi-Fi as a metered connection (Settings > Network & Internet > Wi-Fi > Manage known networks > the network > Properties); some updates then wait.
meter-tip-windows-updates = Windows: pause updates while on the hotspot (Settings > Windows Update > Pause updates).
meter-tip-macos-low-data = macOS: turn on Low Data Mode for the hotspot's network (System Settings > Wi-Fi > Details next to the network); it holds back automatic updates, iCloud syncing and background downloads.
meter-tip-pause-sync = Pause cloud sync while on the hotspot (OneDrive: right-click its cloud icon > Pause syncing; other sync apps have their own pause).
meter-tip-iphone-low-data = On the iPhone itself, Low Data Mode (Settings > Cellular > Cellular Data Options) holds back its own background use, backups and iCloud updates.
meter-stop-hint = Ctrl-C stops the meter and prints the total.
meter-of = { $used } of { $allowance }
meter-traffic = ↓{ $rx } ↑{ $tx }
meter-traffic-plain = down { $rx }, up { $tx }
meter-minute = { $rate } over 1 min
meter-runs-out =
    { $reset ->
        [before] runs out { $time }, before the reset
        [after] lasts until the reset (out { $time } at this pace)
       *[unknown] runs out { $time }
    }
meter-used-up = used up
meter-warning =
    { $percent ->
        [100] All of what was left ({ $left }) is used: more hotspot use may be slowed, cut off or cost extra until the reset.
       *[other] { $percent }% of what was left ({ $left }) is used.
    }
meter-seconds = { $s } s
meter-total = Total: { $total } (down { $rx }, up { $tx }) in { $time } on { $name }.
meter-profile-saved = Added to the profile: { $used } used this cycle, in { $path }.
no-profile-dir = this system gives no place for a profile (no home directory): run without --profile, with flags
fact-device-foreign-esim = whether the phone takes an eSIM from a carrier outside the market it was sold for
ask-device-foreign-esim = This phone's version for the market it was bought in may not take an eSIM from a US carrier, and no page read confirms that it does: ask the US carrier or eSIM seller before paying, giving the phone's model number (iPhone: Settings > General > About > Model Number).
no-longer-sold = No longer sold: you may still be on it, on the terms below; new customers get the carrier's current plans.
binary-used = ({ $binary } GiB, as given, is { $decimal }: carriers count 1 GB as 1,000 MB, and 1 GiB is 1,024 MiB.)
also-meant = This is { $found }; the name could also mean { $others }. If one of those is your plan, give its full name with --plan.
better-speed-on = {" "}({ $speed } on { $on })
not-checked-hint-guide = They could add a limit or a warning; once you know them, run the guide again or add them to the repeated command.
y-n-keys = y/n
ask-the-seller = Only the carrier or seller can say: { $facts }.
# clap's own words, said by the program in the reader's language (English is clap's own).
clap-usage = Usage:
clap-options = Options
clap-arguments = Arguments
clap-commands = Commands
clap-help = Print help
clap-version = Print version
clap-help-subcommand = Print this message or the help of the given subcommand(s)
clap-default = default: { $value }
clap-choices = possible values: { $values }
clap-env = env: { $name }
clap-error = error:
clap-tip = tip:
clap-more-info = For more information, try '--help'.
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-similar-argument = a similar argument exists: '{ $suggested }'
clap-unknown-subcommand = unrecognized subcommand '{ $name }'
clap-similar-subcommand = a similar subcommand exists: '{ $suggested }'
clap-similar-value = a similar value exists: '{ $suggested }'
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-value-required = a value is required for '{ $arg }' but none was supplied
clap-bad-value = invalid value '{ $value }' for '{ $arg }': { $reason }
clap-missing-required = the following required arguments were not provided: { $args }
clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-used-twice = the argument '{ $arg }' cannot be used multiple times
clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-unexpected-value = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
# Each flag's help: `arg-<command>-<flag>`, or `arg-<flag>` where commands share it. The
# English is the flag's own doc comment (a test holds them the same).
arg-kb = A directory of YAML laid over the built-in knowledge base (same layout as data/)
arg-color = When to use colour
arg-lang = Language of what is printed: en or zh, 中文 (default: from LC_ALL, LC_MESSAGES or LANG)
arg-format = Output format
arg-steps-platform = The phone's platform (Samsung's menus differ from stock Android's); iOS unless --device names the phone
arg-steps-device = The phone (name or alias): its menus choose the steps
arg-steps-carrier = The carrier or eSIM seller: a travel eSIM's steps start with its data-roaming switch
arg-steps-via = The connection to share over (the data-line and final check steps always come)
arg-completions-shell = The shell to complete in
arg-kb-validate-dir = A directory in the layout of data/ (default: the built-in knowledge base alone)
arg-kb-validate-max_age = Also fail on any carrier, plan or device last verified more than DAYS ago
arg-kb-schema-kind = Which file: carrier, devices, rules, usage or steps
arg-check-password_stdin = Read the hotspot password from standard input and check its strength (never printed or stored)
arg-check-explain = Show every rule, fired or not, with each test, the value it read and its result
arg-check-profile = Start from the profile the guide saved; flags given here override its answers
arg-cap-plan = The plan (id, name or alias); leave it out to give your own plan's figures instead
arg-cap-carrier = The carrier, where several carriers have a plan of that name
arg-cap-explain = Also show the research notes behind the plan's figures
arg-cap-all = Every activity the remainder carries, and exact figures, not only the short answer
arg-used = Hotspot data used so far this billing cycle (today, on a daily allowance), like 3.5GB or 800MB
arg-days_left = Days left in the billing cycle, today included
arg-cycle_day = The day of the month the allowance resets (gives the days left and the pace so far)
arg-meter-interface = The network interface to meter (default: the one that carries the default route)
arg-meter-carrier = The carrier, for the plan's allowance
arg-meter-plan = The plan (id, name or alias), for its hotspot allowance
arg-meter-duration = Stop after this many seconds (default: run until Ctrl-C)
arg-meter-profile = Start from the profile the guide saved, and add what is metered to its data used
arg-meter-no_save = Never write to the profile
arg-meter-format = Output format: json prints one object a second, for scripts
arg-devices-query = Part of a phone's name, as the guide searches it ("iphone 15", "s24", "小米", "华为")
arg-devices-maker = Only this maker's phones
arg-devices-esim = Only phones that take an eSIM (yes), or that do not (no), where bought (--bought-in, else the US model)
arg-devices-bought_in = Where the phone was bought (us, cn, hk, mo; also 国行, 港版, 澳版)
arg-plans-carrier = Only this carrier's plans
arg-plans-kind = Only plans of this kind
arg-plans-min_hotspot = Only plans with at least this much full-speed hotspot data (unlimited counts as the most)
arg-plans-esim = Only plans the carrier activates on an eSIM
arg-plans-sort = Order of the rows
clap-not-utf8 = invalid UTF-8 was detected in one or more arguments
help-kb-validate = Load every file of a knowledge base and report each problem as file:line:col
help-kb-schema = Print the JSON Schema of one kind of knowledge-base file, for an editor's YAML support
help-kb-stats = Counts of carriers, plans, devices and rules, and the oldest and newest verified dates
