# esim-hotspot 的简体中文文字。每条消息都与 en.ftl 一一对应，参数相同（有测试检查）。
# 运营商和套餐名称保持运营商自己的写法。

lang-name = 中文

findings = 检查结果
source = 来源：
to-decide = 还需要确认：
not-checked = 未检查：
not-checked-hint = 这些可能带来限制或提醒；可以用参数提供（见 `esim-hotspot check --help`），或运行 `esim-hotspot guide`。
trace = 全部规则（无论是否触发）：
not-given = 未提供
repeat = 再次查询：
carrier = 运营商：
plan = 套餐：
device = 手机：
hotspot = 热点：
plan-facts = 套餐信息来源：
device-facts = 手机信息来源：
undated = 页面未注明日期
kb-valid = 知识库检查通过
no-hotspot-no-budget = 这个套餐不含热点流量，没有余量可以规划
no-full-speed-no-budget = 这个套餐没有全速热点流量：热点全程降速，没有全速额度可以规划
unknown-cap-no-budget = 不知道这个套餐的热点流量额度，算不出还剩多少：请询问运营商
no-budget = 无法规划：
notes = 备注：
add-on = 加购包：
works = 够用：
too-slow = 太慢：
needs = 需要
nothing-listed-works = 列出的用途都不够用：最多只能收发短信
left = 剩余：
at-full-speed = 全速
unlimited-left = 不限量
nothing-left = 全速流量已用完
carries = 大约够用：
both-ways = （上传和下载都计入）
sources-disagree = （各方估算差别很大，没有官方数字）
usage-figures-note = 时长按各服务商公布的每小时用量估算（每个来源见 --format json）；很多是单路视频的最高值，实际用量通常更少。
no-plans-match = 没有符合条件的套餐
not-included = 不含
unlimited = 不限量
unlimited-speed-unknown = 不限量，最高速度未知
carriers-rule-brief = （运营商的一般规定）
included-amount-unknown = 包含，额度未知
reduced-speed-only = 只有降速热点
carriers-rule-note = * 运营商一般的超额后速度；这个套餐本身的速度未经确认
none = 无
unknown = 未知
hotspot-unknown = 热点情况未知
yes = 是
no = 否
resets-daily = 额度每天重置，明天重新计算。
input-ended = 向导还没完成，输入就结束了；没有保存任何内容
terminal-failed = 无法使用终端
text-hint = （按 Enter 跳过，输入 < 返回上一步）
text-hint-kept = （按 Enter 保留，Ctrl-U 清除，Esc 返回上一步）
needs-terminal = 向导需要在终端里提问；请改用带参数的 `esim-hotspot check`（见 `esim-hotspot check --help`）
left-guide = 已退出向导，没有保存任何内容。
dont-know = 不知道
not-listed = 不在列表中 / 不知道
q-carrier = eSIM 是哪家运营商或 eSIM 商家的？（可输入搜索）
q-plan = 哪个套餐？（后面显示热点额度）
q-device = 哪款手机？（可输入搜索）
q-has-esim = 这部手机支持 eSIM 吗？（iPhone：设置 > 通用 > 关于本机，有 EID 一行就支持）
q-bought-in = 手机是在哪里买的？
q-os = 哪种手机？
q-os-version = iOS 或 Android 版本是多少？例如 17.4
q-esim = eSIM 已经装到手机上了吗？
q-lock = 手机有运营商锁吗？（iPhone：设置 > 通用 > 关于本机 > 运营商锁）
q-locked-to = 锁在哪家运营商？
q-security = 热点用的是哪种安全性类型？
q-password-check = 要检查热点密码的强度吗？密码不会显示、保存或发送到任何地方。
q-password = 热点密码（输入时不显示）
no-password-typed = 没有输入密码：请输入后按 Enter，或按 Esc 跳过检查
password-skipped = 没有提供密码，已跳过强度检查。
q-password-stdin = 热点密码（输入时不显示，按 Enter 结束）：
password-stdin-too-long = --password-stdin：密码超过 1 KiB（1024 字节）；Wi-Fi 密码最多 63 个字符
password-stdin-not-utf8 = --password-stdin：密码不是 UTF-8 文本；请以文本形式单独一行传入
q-roaming = 在哪里使用热点？
q-save-profile = 保存这些回答（绝不保存密码），供 `esim-hotspot check --profile` 使用吗？
size-example = 流量大小，例如 1.5GB 或 800MB
empty-password-stdin = --password-stdin：标准输入里没有密码（请用管道传入一行，例如从密码管理器）
interrupted = 已中断
page-dated = 页面日期
troubleshooting = 遇到问题时
checked = 核对于
stale-mark = （较旧）
no-days-left = --days-left：至少填 1（今天也算一天）
hint-unlisted-device = 如果你的手机不在列表中，请去掉 --device，并用 --has-esim true 或 false 说明它是否支持 eSIM：支持 eSIM 的 iPhone 在 设置 > 通用 > 关于本机 里有 EID 一行；Android 在 设置 > 关于手机 里可以看到 EID。
hint-unlisted-carrier = `esim-hotspot plans` 会列出所有运营商；如果你的运营商不在其中，请用 --carrier other。
hint-plan-needs-carrier = 请同时提供 --carrier，只在一家运营商的套餐里查找。
hint-choose-carrier = 请用 --carrier 选定一家。
hint-plans-of = `esim-hotspot plans --carrier { $carrier }` 会列出它的套餐。
hint-newest-of = 以上是 { $count } 款中的 { $shown } 款（已知年份的取最新）；`esim-hotspot devices { $query }` 会列出全部。
name-kind-carrier = 运营商
name-kind-plan = 套餐
name-kind-device = 手机
unknown-name = 没有叫“{ $given }”的{ $kind }。
unknown-name-closest = 没有叫“{ $given }”的{ $kind }；你要找的是不是 { $closest }？
ambiguous-name = “{ $given }”对应不止一个{ $kind }：{ $candidates }。
a-bought-in-us = 美国（美版）
a-bought-in-cn = 中国大陆（国行）
a-bought-in-hk = 香港（港版）
a-bought-in-mo = 澳门（澳版）
a-bought-in-other = 其他地方
a-os-ios = iPhone（iOS）
a-os-android = Android（安卓）
a-esim-active = 已安装并已开启
a-esim-installed = 已安装，还没开启
a-esim-none = 还没安装
a-lock-unlocked = 无锁（“无 SIM 卡限制”）
a-lock-locked = 有运营商锁
a-security-wpa3 = WPA3
a-security-wpa2-wpa3 = WPA2/WPA3
a-security-wpa2 = 仅 WPA2
a-security-open = 无（不设密码）
a-roaming-false = 在美国境内
a-roaming-true = 在国外漫游
a-has-esim-true = 支持，有 eSIM
a-has-esim-false = 不支持，只有实体 SIM 卡槽
plan-table-carrier = 运营商
plan-table-plan = 套餐
plan-table-kind = 类型
plan-table-full-speed = 全速热点流量
plan-table-then = 超额后
plan-table-esim = eSIM
plan-table-verified = 核对日期
fact-carrier = 运营商
fact-roaming-rules = 运营商的漫游规定
fact-plan = 套餐
fact-plan-esim = 套餐能否用在 eSIM 上
fact-hotspot-included = 套餐是否包含热点
fact-hotspot-allowance = 套餐的热点流量额度
fact-after-cap = 超出额度后的速度
fact-shares-data = 热点是否与套餐共用流量
fact-max-devices = 同时连接的设备数上限
fact-period = 额度的计算周期
fact-speed-cap = 热点的固定最高速度
fact-after-cap-carries = 超额后的速度还够做什么
fact-speed-cap-carries = 最高速度够做什么
fact-phone-number = eSIM 是否带电话号码
fact-used = 已用流量
fact-device = 手机型号
fact-device-esim = 手机是否支持 eSIM
fact-bought-in = 手机的购买地
fact-platform = 手机系统
fact-os-version = 系统版本
fact-esim = eSIM 状态
fact-lock = 运营商锁
fact-locked-to = 手机锁定的运营商
fact-security = 热点安全性类型
fact-password = 密码强度
fact-roaming = 漫游
network-line = 网络：{ $network }
on-network = （网络：{ $network }）
always-at = 始终为 { $speed }
allowance-brief = { $period ->
        [day] 每天
        [plan] 整个套餐共
       *[month] 每月
    } { $high_speed }，之后 { $then }
allowance-brief-speed-unknown = { $period ->
        [day] 每天
        [plan] 整个套餐共
       *[month] 每月
    } { $high_speed }，之后速度未知
unlimited-up-to = 不限量，最高 { $cap }
hotspot-included = 含热点
no-hotspot = 不含热点
hotspot-not-confirmed = 是否含热点未确认
shares-plan-data = 热点用量从套餐本身的流量里扣。
own-allowance = 热点有单独的额度，和手机本身的流量分开计算。
speed-cap = 热点速度最高只有 { $speed }，即使还没用完额度也是如此。
max-devices = 最多同时连接 { $n } 台设备。
at-speed-heading = 超额后降到 { $speed }：
budget-heading = { $period ->
        [day] 今天
        [plan] 目前
       *[month] 本周期
    }已用 { $used }：
daily-budget = 每日预算：剩下的 { $days } 天里每天 { $daily }
runs-out = 按目前的用量，全速流量会在 { $day } 用完，早于周期重置。
lasts-until = 按目前的用量，全速流量能用到 { $reset } 周期重置。
best-video = 每天一小时 { $name } 不会超出每日预算。
hours = { $h } 小时
minutes = { $m } 分钟
too-long-answer = { $hidden ->
        [yes] 密码
       *[no] 回答
    }超过 1 KiB，没有保留：请输入短一些的
used-question = { $period ->
        [day] 今天
        [plan] 这个套餐
       *[month] 本计费周期
    }已经用了多少{ $shares ->
        [yes] 移动数据（全部都算：这个套餐的热点流量从套餐流量里扣）
       *[no] 热点流量
    }？例如 1.5GB
no-profile = { $path } 没有配置文件：请运行 `esim-hotspot guide` 并保存回答，或者直接用参数提供信息
profile-not-written = 配置文件没能写入：{ $error }
not-a-kb-dir = --kb { $dir }：不是目录（里面应有 carriers/、devices.yaml 或 rules.yaml）
no-kb-dir = --kb { $dir }：没有这个目录（里面应有 carriers/、devices.yaml 或 rules.yaml）
read-value = 读到 { $value }
years-old = ，{ $years } 年前
profile-saved = 已保存到 { $path }。
platform-ios = iPhone 和 iPad
platform-android = Android（Pixel 和原生 Android）
platform-samsung = 三星 Galaxy（One UI）
steps-heading = 在 { $platform } 上设置个人热点
offer-steps = 显示 { $platform } 的热点设置步骤吗？
stale = 上次核对是 { $verified }，已经过去 { $months } 个月——套餐会变，请向运营商确认。
general-after-cap = （运营商一般的超额后速度；这个套餐本身的速度未经确认）
then-stops = ，之后热点停用，{ $until }
then-speed = ，之后降到 { $speed }
then-unknown = ，之后速度未知
# A table cell: hotspot stops once the cap is used.
speed-blocked = 停用
allowance-not-included = 不含热点
allowance-unlimited = 不限量全速
allowance-unlimited-up-to = 不限量，最高 { $cap }
allowance-unlimited-held = 不限量，但速度可能被限制：请问运营商能有多快
allowance-none-always = 没有全速热点流量；始终为 { $speed }
allowance-none = 没有全速热点流量
allowance-amount = { $period ->
        [day] 每天
        [plan] 整个套餐共
       *[month] 每月
    }全速 { $amount }{ $then }
allowance-unknown = 未知：请问运营商是否包含热点、额度多少
allowance-amount-unknown = 包含热点，额度未知：请问运营商额度多少
per-period = { $period ->
        [day] 每天
        [plan] 整个套餐
       *[month] 每月
    }
this-period = { $period ->
        [day] 今天
        [plan] 这个套餐内
       *[month] 本计费周期
    }
until-reset = { $period ->
        [day] 直到第二天
        [plan] 直到你加购流量
       *[month] 直到下个计费周期
    }
verdict-yes = 可以：这个 eSIM 的流量可以通过个人热点共享。
verdict-limited = 可以，但有限制：可以共享流量，但受下面列出的条件限制。
verdict-no = 不行：在这种情况下，这个 eSIM 的流量无法通过热点共享。
verdict-unknown = 暂时无法确定：答案取决于下面列出的信息。
verdict-word-yes = 可以
verdict-word-limited = 有限制
verdict-word-no = 不行
verdict-word-unknown = 待定
severity-block = 阻止
severity-limit = 限制
severity-warn = 注意
severity-info = 提示
plan-kind = { $kind ->
        [unlisted] 按你提供的数字
        [prepaid] 预付费
        [legacy] 旧套餐
        [travel] 旅行 eSIM
       *[postpaid] 后付费
    }
rule-fired = 已触发
rule-not-fired = 未触发
rule-could-fire = 可能触发（缺少它需要的信息）
truth-true = → 成立
truth-false = → 不成立
truth-unknown = → 未知
source-carrier = 运营商自己的页面
source-vendor = 厂商自己的页面
source-carrier-copy = 运营商的原话，读自 { $host } 上保存的副本：请到运营商网站核实
source-vendor-copy = 厂商的原话，读自 { $host } 上保存的副本：请到厂商网站核实
source-press = 媒体报道，不是运营商的页面
source-press-copy = 媒体报道，不是运营商的页面，读自 { $host } 上保存的副本
source-forum = 只是论坛或社区来源：依赖之前请先核实
source-forum-copy = 只是 { $host } 上保存的社区来源：依赖之前请先核实
source-unknown-kind = 来源类型不明
problems-found = 发现 { $count } 个问题
ask-carrier = eSIM 是哪家运营商或 eSIM 商家的？请用 --carrier 提供（例如 --carrier t-mobile）；如果不在列表中，用 --carrier other。
ask-give-carrier = 请提供 --carrier。
ask-roaming-hotspot = 请问运营商：在国外漫游时能不能用个人热点。
ask-plan = eSIM 用的是哪个套餐？运营商的 App、账户页面或 eSIM 购买凭证上都有套餐名称。请用 --plan 提供。
ask-give-plan = 请提供 --plan。
ask-plan-esim = 请问运营商：这个套餐能不能在 eSIM 上开通。
ask-hotspot-included = 请问运营商：“我的套餐包含个人热点（网络共享）吗？全速流量有多少 GB？”
ask-hotspot-allowance = 请问运营商：这个套餐每月包含多少全速热点流量。
ask-after-cap = 请问运营商：全速额度用完后，热点会降到什么速度。
ask-shares-data = 请问运营商：热点用量是不是从套餐本身的流量里扣。
ask-max-devices = 请问运营商：热点最多能同时连接几台设备。
ask-period = 请问运营商：热点额度是按月、按天还是按整个套餐计算。
ask-reset = 请问运营商：热点额度什么时候重新开始计算。
ask-speed-cap = 请问运营商：热点是不是有固定的最高速度。
ask-speed-capped = 请问运营商：热点是不是有固定的最高速度，是多少。
ask-phone-number = 请问商家：这个 eSIM 带美国电话号码，还是只有流量。
ask-left = 请用 --used 提供本计费周期已用的热点流量（iPhone：设置 > 蜂窝网络 > 个人热点；Android：设置 > 网络和互联网 > 流量使用情况）。
ask-device = 是哪款手机？请用 --device 提供（例如 --device "iPhone 15"）。iPhone：设置 > 通用 > 关于本机 > 型号名称。
ask-give-device = 请提供 --device。
ask-device-esim = 看看手机是否支持 eSIM：iPhone 的 设置 > 通用 > 关于本机 里有 EID 一行；Android 的 SIM 卡设置里有“下载 eSIM”或“添加 eSIM”。如果 eSIM 已经在手机上，也可以用 --esim installed 或 active。
ask-bought-in = 手机是在哪里买的？中国大陆、香港和澳门销售的机型常常没有 eSIM。请用 --bought-in us|cn|hk|mo|other 提供。
ask-platform = 请用 --os ios 或 --os android 提供（或者用 --device）。
ask-os-version = 请用 --os-version 提供。iPhone：设置 > 通用 > 关于本机 > iOS 版本；Android：设置 > 关于手机 > Android 版本。
ask-esim = eSIM 已经装到手机上并开启了吗？请用 --esim active、installed 或 none 提供。
ask-lock = 手机有运营商锁吗？iPhone：设置 > 通用 > 关于本机 > 运营商锁（显示“无 SIM 卡限制”就是无锁）。请用 --lock locked 或 --lock unlocked 提供。
ask-locked-to = 仅当手机有锁时：锁在哪家运营商？请用 --locked-to 提供。
ask-security = 热点用的是哪种安全性类型？请用 --security wpa3、wpa2-wpa3、wpa2 或 open 提供。
ask-password = 可以用 `esim-hotspot guide` 或 `check --password-stdin` 检查热点密码的强度（密码不会显示，也不会保存）。
ask-used = 请用 --used 提供本计费周期已用的热点流量，例如 --used 3.5GB。
ask-roaming = 会在运营商本国以外漫游时使用热点吗？请用 --roaming true 或 false 提供。
list-separator = 、
paren = （{ $text }）
detail-separator = ；
full-stop = 。
after-label = ：{ $text }
value-example =
    { $what ->
        [speed] 请写成 600kbps 或 3Mbps 这样的格式
       *[size] 请写成 15GB、500MB 或 1.5GB 这样的格式
    }
value-empty = 不能为空（{ value-example }）
value-negative = “{ $input }”是负数（{ value-example }）
value-no-number = “{ $input }”不是以数字开头（{ value-example }）
value-no-unit = “{ $input }”没有单位（{ value-example }）
value-unknown-unit =
    “{ $input }”不是{ $what ->
        [speed] 速度
       *[size] 流量大小
    }（{ value-example }）
value-too-large = “{ $input }”太大了（{ value-example }）
value-below-one =
    { $what ->
        [speed] “{ $input }”不到 1 kbps（没有就写 blocked，否则写成 600kbps 或 3Mbps 这样的速度）
       *[size] “{ $input }”不到 1 字节（没有就写 0B，否则写成 15GB、500MB 或 1.5GB 这样的大小）
    }
value-bool =
    { $value } 不是{ $what ->
        [speed] 速度
       *[size] 流量大小
    }；请写上数值和单位
value-left-not-used = “{ $input }”是剩余流量；请填写已用流量（总流量减去剩余流量）
value-size-meant = “{ $input }”不是流量大小（请写 { $digits }GB）
value-decimal-comma =
    “{ $input }”不是{ $what ->
        [speed] 速度
       *[size] 流量大小
    }：小数点要写成英文句点（请写 { $decimal }）
value-thousands-or-decimal-comma =
    “{ $input }”不是{ $what ->
        [speed] 速度
       *[size] 流量大小
    }：请写 { $thousands }；如果逗号是小数点，请写 { $decimal }
value-thousands-comma =
    “{ $input }”不是{ $what ->
        [speed] 速度
       *[size] 流量大小
    }：数字里不要用逗号（请写 { $thousands }）
help-examples =
    示例：
      esim-hotspot check --carrier verizon --plan "Unlimited Ultimate" --esim active
      esim-hotspot check --carrier t-mobile --plan go5g-plus --device "iPhone 15" --bought-in 港版
      esim-hotspot check --carrier att --plan "Unlimited Elite" --used 38GB --format json
      esim-hotspot cap "Go5G Plus" --used 38GB --cycle-day 12
      esim-hotspot plans --min-hotspot 30GB --sort hotspot
      esim-hotspot --lang zh check --carrier t-mobile --plan go5g-plus
      esim-hotspot kb validate ./my-kb

    退出码：0 可以共享（可以或有限制），1 不能共享，2 输入有误或知识库出错，
    3 待定（报告会列出还需确认的信息），130 已中断。
help-cap-examples =
    示例：
      esim-hotspot cap "Go5G Plus"
      esim-hotspot cap ultimate --carrier verizon --used 120GB --cycle-day 12
      esim-hotspot cap beyond-unlimited --used 9.5GB --days-left 6 --format json
      esim-hotspot cap "Go5G Plus" --used 10GB --all
      esim-hotspot cap "Starter SL" --explain
help-plans-examples =
    示例：
      esim-hotspot plans
      esim-hotspot plans --carrier t-mobile --kind legacy
      esim-hotspot plans --min-hotspot 30GB --esim --sort hotspot
      esim-hotspot plans --format json
help-steps-examples =
    示例：
      esim-hotspot steps --platform ios
      esim-hotspot steps --platform samsung --via usb
      esim-hotspot steps --platform android --format json
help-about = 我的美国 eSIM 能不能通过手机个人热点共享流量？能用多少？怎样安全地设置？
help-check = 这个 eSIM 的流量能不能通过热点共享？给出结论，以及每条理由和来源
help-guide = 一步步回答与结论有关的问题（在终端中默认运行）
help-cap = 用文字说明套餐的热点额度；加上 --used 时显示还剩多少、够做什么
help-plans = 列出各套餐的热点额度，可筛选和排序
help-steps = Wi-Fi、USB 或蓝牙热点的设置步骤，以及遇到问题时的解决办法
help-kb = 检查和查看知识库
help-completions = 输出某个 shell 的命令补全脚本
help-man = 输出手册页（roff 格式）
lang-switch = English（切换到英文）
untranslated = 提醒：{ $file }：“{ $id }”的 { $field } 没有 zh 文本，中文读者会看到英文
not-a-date = “{ $input }”不是日期（请写成 2026-11-25、2026-11 或 2026）
not-a-full-date = “{ $input }”不是完整日期（请写成 2026-11-25）
no-such-day = “{ $input }”不是真实存在的日期：{ $month } 没有第 { $day } 天
not-a-version = “{ $input }”不是版本号（请写成 17.4 或 14）
flag-error = --{ $flag }：{ $error }
not-one-of = “{ $input }”不是 { $words } 之一（也可以写 unknown）
not-a-whole-number = “{ $input }”不是整数（请写成 12 这样的数字）
number-too-large = “{ $input }”太大了（最多 { $max }）
not-a-day-of-month = “{ $input }”不是每月中的一天（请写 1 到 31）
no-cycle-around = --cycle-day：今天（{ $today }）所在的计费周期超出了日历范围；请改用 --days-left
step-all = 全部满足
step-any = 任一满足
step-not = 不满足
step-test =
    { $fact } { $op ->
        [is] 为 { $value }
        [is_not] 不为 { $value }
        [one_of] 为 { $value } 之一
        [less_than] 小于 { $value }
        [at_most] 不超过 { $value }
        [greater_than] 大于 { $value }
        [at_least] 至少为 { $value }
        [present] 已提供
        [missing] 未提供
       *[other] { $op } { $value }
    }
stats-carriers = 运营商
stats-plans = 套餐
stats-known-allowance = 其中 { $known } 个热点额度已知，{ $unknown } 个未知
stats-devices = 手机
stats-rules = 规则
stats-activities = 用途
stats-guides = 设置指南
stats-sources = 来源
stats-sources-line = { $total }{ paren-open }{ $kinds }{ paren-close }；其中 { $copies } 个读自其他网站保存的副本
stats-oldest = 最早核对
stats-newest = 最近核对
paren-open = （
paren-close = ）
shortened-input = { $start }…（共 { $length } 个字符）
plan-of = { $carrier } 的 { $plan }
flag-carrier = 运营商或 eSIM 商家（id、名称或别名：t-mobile、"AT&T"、vzw）；不在列表中就写 other
flag-plan = 套餐（id、名称或别名："Go5G Plus"、go5g-plus）
flag-device = 手机型号（"iPhone 15"、pixel-8、"Galaxy S24"）
flag-bought-in = 手机的购买地：中国大陆、香港和澳门销售的部分机型没有 eSIM（也可以写 国行、港版、澳版、美版）
flag-os = 手机的操作系统（不写时根据 --device 判断）
flag-os-version = 操作系统版本，例如 17.4 或 14
flag-esim = eSIM 是否已在手机上：active（已开启）、installed（已安装未启用）或 none
flag-lock = 手机是否有运营商锁（locked、unlocked；也可以写 yes 或 no）
flag-locked-to = 有锁手机锁定的运营商
flag-security = 热点的安全性设置，也可以照手机上显示的写（"WPA2/WPA3-Personal"、"None"）
flag-used = 本计费周期已用的热点流量（按天计算的套餐则为今天），例如 3.5GB 或 800MB；如果热点流量从套餐流量里扣，就填全部移动数据用量
flag-roaming = 是否在国外漫游时使用热点（yes 或 no）
flag-has-esim = 不在列表中的手机：是否支持 eSIM（yes 或 no）
unlisted-carrier = 你的运营商
unlisted-plan = 你的套餐
your-figures-source = 套餐信息来源：你提供的数字（来自账单或运营商 App）。
unlisted-phone = 手机
ask-plan-kind = 这个套餐是后付费（按月出账）、预付费，还是旅行 eSIM？购买凭证上没写的话请问商家；旅行 eSIM 常常不允许开热点。
fact-plan-kind = 套餐类型
flag-hotspot-cap = 你的套餐的全速热点额度，照账单或 App 上写的填：例如 15GB，或者 unlimited（不限量）、none（没有）
flag-after-cap = 额度用完后热点会怎样：降到的速度，例如 600kbps；或者 stop（停用）
flag-cap-period = 额度的计算周期：month（每月）、day（每天）或 plan（整个套餐）
flag-hotspot-shares-data = 热点用量是否从套餐本身的流量里扣（yes 或 no）
plan-term =
    { $term ->
        [allowance] 热点额度
        [after_cap] 超额后的速度
        [period] 额度的计算周期
       *[shares_plan_data] 热点是否与套餐共用流量
    }
kb-said = 知识库写的是 { $value }
from-you = 你提供的：{ $terms }
device-table-phone = 手机
device-table-us = eSIM：美版及多数地区
device-table-cn = 国行
device-table-hk = 港版
device-table-mo = 澳版
no-devices-match = 没有符合条件的手机；不在列表中的手机也可以查：iPhone 在 设置 > 通用 > 关于本机、Android 在 设置 > 关于手机 里有 EID 一行，就说明支持 eSIM，然后用 `esim-hotspot check --has-esim true`
devices-note = 查看自己的手机：iPhone 在 设置 > 通用 > 关于本机、Android 在 设置 > 关于手机 里有 EID 一行，就说明支持 eSIM。用 `esim-hotspot check --device 型号` 可以得到完整的结论。
help-devices = 我的手机能用吗？列出各款手机，以及在不同地区购买的版本是否支持 eSIM
help-devices-examples =
    示例：
      esim-hotspot devices "iphone 15"
      esim-hotspot devices --maker samsung --esim no
      esim-hotspot devices 华为 --bought-in 国行
      esim-hotspot devices --format json
carrier-table-name = 运营商或商家
carrier-table-id = --carrier
carrier-table-network = 网络
carrier-table-kinds = 套餐类型
carrier-table-known = 额度已知
help-carriers = 列出已知的运营商和 eSIM 商家，以及它们使用的网络和已知信息的多少
q-hotspot-cap = 运营商的 App 或账单上有你的热点额度：请输入（例如 15GB），不限量就输入 unlimited；不知道就直接按 Enter
used-of = 已用 { $used }，共 { $total }
bytes-left = 剩余 { $left }
all-used = 已全部用完
over-by = 超出 { $over }，已全部用完
resets-on = { $date }重置
short-date = { $month }月{ $day }日
about = 约 { $figure }
more-with-all = 查看全部活动和精确数字：加上 --all。
which-connection = 另一台设备用什么方式连接？
via = { $via ->
        [usb] 用 USB 数据线
        [bluetooth] 用蓝牙
       *[wifi] 用 Wi-Fi（大多数设备）
    }
steps-heading-for = 在 { $device }（{ $platform }）上设置热点
travel-roaming = { $seller } 卖的是旅行 eSIM：如果它要求打开数据漫游，就为这个 eSIM 号码打开（见下面最前面的步骤），否则热点没有流量可共享。
cap-needs-a-plan = 请给出套餐名称（`esim-hotspot plans` 会列出全部套餐），或者按账单提供你的套餐数字：--hotspot-cap 15GB，知道的话再加上 --after-cap
cap-needs-one-of-its-plans = 请给出 { $carrier } 的一个套餐名称（`esim-hotspot plans --carrier { $id }` 会列出它的套餐），或者按账单提供你的套餐数字：--hotspot-cap 15GB，知道的话再加上 --after-cap
your-plan-at = 你的 { $carrier } 套餐
help-meter = 实时查看这台电脑用掉的热点流量：还剩多少，按现在的速度什么时候用完
help-meter-examples =
    示例：
      esim-hotspot meter
      esim-hotspot meter --carrier verizon --plan "Unlimited Plus" --used 12GB --cycle-day 16
      esim-hotspot meter --profile --interface en0
      esim-hotspot meter --interface wlan0 --duration 60 --format json

    按 Ctrl-C 停止计量并显示总量；加 --profile 时，总量会计入配置文件里的已用流量
    （加 --no-save 则不改动配置文件）。
not-seconds = “{ $input }”不是秒数（请写一个至少为 1 的整数，例如 60）
unknown-interface = 没有叫“{ $given }”的网络接口；这台电脑上有：{ $known }
unknown-interface-closest = 没有叫“{ $given }”的网络接口；你要找的是不是 { $closest }？这台电脑上有：{ $known }
no-interface = 除了回环接口，没有可以计量的网络接口：请先连上手机的热点，或用 --interface 指定一个
meter-interface = 正在计量 { $name }。
meter-interface-route = 正在计量 { $name }：默认路由走这个接口。
meter-interface-busiest = 正在计量 { $name }，这是猜的：它是流量最大的接口（可用 --interface 换一个）。
meter-network =
    { $kind ->
        [iphone_hotspot] 看起来是 iPhone 的个人热点（地址 { $address }）。
        [android_hotspot] 看起来是安卓手机的热点（地址 { $address }）。
        [private] 这是一个内网（地址 { $address }）：可能是手机热点，也可能是别的路由器。
        [public] 它的地址（{ $address }）是公网地址：看起来不是手机热点。
        [loopback] 这是回环接口：只有这台电脑自己和自己通信的流量。
       *[unknown] 它没有 IPv4 地址，无法判断是不是手机热点。
    }
meter-left-at-start = 开始时还剩：{ $left }，共 { $allowance }（之前已用 { $used }）。
meter-unlimited = 这个套餐的全速热点流量不限量：不会用完。
meter-resets = 流量额度将在 { $time } 重置。
meter-needs-used = 请用 --used 提供本周期已用的热点流量，才能算出还剩多少、什么时候用完。
meter-no-plan = 请提供 --carrier 和 --plan（或 --profile），才能算出套餐的热点流量还剩多少。
meter-tips = 让流量用得更久：
meter-tip-windows-metered = Windows：把热点的 Wi-Fi 设为按流量计费的连接（设置 > 网络和 Internet > WLAN > 管理已知网络 > 选中该网络 > 属性），部分更新会因此暂缓。
meter-tip-windows-updates = Windows：连着热点时暂停更新（设置 > Windows 更新 > 暂停更新）。
meter-tip-macos-low-data = macOS：为热点网络打开“低数据模式”（系统设置 > Wi-Fi > 该网络旁的“详细信息”），它会暂缓自动更新、iCloud 同步和后台下载。
meter-tip-pause-sync = 连着热点时暂停云同步（OneDrive：右键点击任务栏的云朵图标 > 暂停同步；其他同步软件也有各自的暂停功能）。
meter-tip-iphone-low-data = 在 iPhone 上打开“低数据模式”（设置 > 蜂窝网络 > 蜂窝数据选项），可减少手机自身的后台流量、备份和 iCloud 更新。
meter-stop-hint = 按 Ctrl-C 停止计量并显示总量。
meter-of = 已用 { $used }，共 { $allowance }
meter-traffic = ↓{ $rx } ↑{ $tx }
meter-traffic-plain = 下行 { $rx }，上行 { $tx }
meter-minute = 近 1 分钟 { $rate }
meter-runs-out =
    { $reset ->
        [before] { $time } 用完，早于额度重置
        [after] 能用到额度重置（按这个速度 { $time } 才会用完）
       *[unknown] { $time } 用完
    }
meter-used-up = 已用完
meter-warning =
    { $percent ->
        [100] 开始时剩下的 { $left } 已全部用完：重置之前继续使用热点可能会被降速、断开或额外收费。
       *[other] 开始时剩下的 { $left } 已用掉 { $percent }%。
    }
meter-seconds = { $s } 秒
meter-total = 总计：{ $total }（下行 { $rx }，上行 { $tx }），用时 { $time }，接口 { $name }。
meter-profile-saved = 已计入配置文件：本周期已用 { $used }，保存在 { $path }。
no-profile-dir = 这个系统没有可以保存配置文件的位置（没有主目录）：请去掉 --profile，直接用参数
fact-device-foreign-esim = 手机能否使用销售地以外运营商的 eSIM
ask-device-foreign-esim = 这部手机在购买地销售的版本可能用不了美国运营商的 eSIM，查阅过的页面都没有确认可以：付款前请把手机型号（iPhone：设置 > 通用 > 关于本机 > 型号号码）告诉美国运营商或 eSIM 商家，问清楚再买。
no-longer-sold = 这个套餐已停售：你可能仍在用它，条款如下；新用户只能选运营商现行的套餐。
binary-used = （你填的 { $binary } GiB 等于 { $decimal }：运营商按 1 GB = 1000 MB 计算，而 1 GiB = 1024 MiB。）
also-meant = 这里按 { $found } 回答；这个名称也可能指 { $others }。如果你的套餐是其中之一，请用 --plan 写出完整名称。
better-speed-on = （在 { $on } 网络上为 { $speed }）
not-checked-hint-guide = 这些可能带来限制或提醒；知道之后，可以再运行一次向导，或者加到下面的“再次查询”命令里。
y-n-keys = y 是 / n 否
ask-the-seller = 只有运营商或商家能回答：{ $facts }。
# clap 自己的说法，换成读者的语言。
clap-usage = 用法：
clap-options = 选项
clap-arguments = 参数
clap-commands = 命令
clap-help = 显示帮助
clap-version = 显示版本
clap-help-subcommand = 显示本帮助，或所给命令的帮助
clap-default = 默认：{ $value }
clap-choices = 可选：{ $values }
clap-env = 环境变量：{ $name }
clap-error = 错误：
clap-tip = 提示：
clap-more-info = 想了解更多，请加上 --help。
clap-unknown-argument = 不认识参数“{ $arg }”
clap-similar-argument = 是不是想写“{ $suggested }”？
clap-unknown-subcommand = 没有“{ $name }”这个命令
clap-similar-subcommand = 是不是想写“{ $suggested }”？
clap-similar-value = 是不是想写“{ $suggested }”？
clap-invalid-value = “{ $arg }”不接受“{ $value }”
clap-value-required = “{ $arg }”后面要跟一个值，但没有给
clap-bad-value = “{ $arg }”不接受“{ $value }”：{ $reason }
clap-missing-required = 缺少这些必需的参数：{ $args }
clap-conflict = “{ $arg }”不能和“{ $other }”一起用
clap-used-twice = “{ $arg }”只能给一次
clap-missing-subcommand = “{ $name }”后面要跟一个命令
clap-no-equals = 给“{ $arg }”赋值时要用等号（=）
clap-unexpected-value = 多出了值“{ $value }”（“{ $arg }”不再接受更多的值）
# 每个参数的说明：arg-<命令>-<参数>，几个命令共用时写成 arg-<参数>。
arg-kb = 一个放 YAML 文件的目录，叠加在内置知识库之上（目录结构与 data/ 相同）
arg-color = 什么时候使用颜色
arg-lang = 输出的语言：en 或 zh、中文（默认按 LC_ALL、LC_MESSAGES 或 LANG）
arg-format = 输出格式
arg-steps-platform = 手机的系统（三星的菜单和原生 Android 不同）；不给时按 --device 的手机，否则为 iOS
arg-steps-device = 手机型号（名称或别名）：按它的菜单给出步骤
arg-steps-carrier = 运营商或 eSIM 商家：旅行 eSIM 的步骤从打开数据漫游开始
arg-steps-via = 用哪种方式共享（设定数据线路和最后的检查这两步总会给出）
arg-completions-shell = 为哪个 shell 生成补全脚本
arg-kb-validate-dir = 一个与 data/ 结构相同的目录（默认：只检查内置知识库）
arg-kb-validate-max_age = 如有运营商、套餐或手机的核实日期早于 DAYS 天前，也算不通过
arg-kb-schema-kind = 哪一种文件：carrier、devices、rules、usage 或 steps
arg-check-password_stdin = 从标准输入读取热点密码并检查强度（不会显示，也不会保存）
arg-check-explain = 列出每条规则（无论是否触发）、每项判断、读到的值和结果
arg-check-profile = 从向导保存的资料开始；这里给出的参数会覆盖其中的回答
arg-cap-plan = 套餐（id、名称或别名）；不写的话，可以改为按账单给出你的套餐数字
arg-cap-carrier = 运营商：几家运营商有同名套餐时用来区分
arg-cap-explain = 同时列出套餐数字背后的研究笔记
arg-cap-all = 列出剩余流量够做的每件事和精确数字，而不只是简短回答
arg-used = 这个账单周期到目前为止用掉的热点流量（按天计的额度则为今天），例如 3.5GB 或 800MB
arg-days_left = 这个账单周期还剩几天（含今天）
arg-cycle_day = 额度每月在哪一天重置（据此算出剩余天数和到目前为止的用量速度）
arg-meter-interface = 要计量的网络接口（默认：承载默认路由的那个）
arg-meter-carrier = 运营商，用来查套餐的额度
arg-meter-plan = 套餐（id、名称或别名），用来查它的热点额度
arg-meter-duration = 计量这么多秒后停止（默认：一直运行，直到按 Ctrl-C）
arg-meter-profile = 从向导保存的资料开始，并把计量到的流量加到其中的已用流量上
arg-meter-no_save = 从不写入资料文件
arg-meter-format = 输出格式：json 每秒输出一个对象，供脚本使用
arg-devices-query = 手机名称的一部分，和向导里的搜索一样（"iphone 15"、"s24"、"小米"、"华为"）
arg-devices-maker = 只列这个厂商的手机
arg-devices-esim = 只列支持 eSIM 的手机（yes），或不支持的（no），按购买地区（--bought-in，否则按美版）
arg-devices-bought_in = 手机在哪里买的（us、cn、hk、mo；也可写国行、港版、澳版）
arg-plans-carrier = 只列这家运营商的套餐
arg-plans-kind = 只列这一类套餐
arg-plans-min_hotspot = 只列全速热点流量不少于这个数的套餐（不限量算最多）
arg-plans-esim = 只列运营商能在 eSIM 上开通的套餐
arg-plans-sort = 各行的排序方式
clap-not-utf8 = 参数里有不是 UTF-8 的字节（请检查终端或输入法的编码设置）
help-kb-validate = 读取知识库的每个文件，每个问题按“文件:行:列”报告
help-kb-schema = 输出某一类知识库文件的 JSON Schema，供编辑器检查 YAML
help-kb-stats = 运营商、套餐、手机和规则的数量，以及最早和最近的核实日期
