# Language-neutral status marks. Each [section] lists one phrase per line; phrases are folded
# (lower case, accents and emoji variation selectors removed) when loaded. A phrase that starts with
# "[" is written with a backslash before it, so it is not read as a section header.
language = *

[status.met]
✅
✔
✓
☑
🟢
\[x]

[status.failed]
❌
✗
✘
🔴
⛔
🚫

[status.pending]
⏳
⌛
🔄
🚧
\[ ]

[status.partial]
⚠
🟡
🟠

[unit.%]
%

[unit.ms]
ms

[unit.s]
s

[unit.KB]
kb
kib
ko

[unit.MB]
mb
mib
mo

[unit.GB]
gb
gib
go

[unit.B]
b
bytes
octets

[unit.req/s]
req/s
rps
qps
requests/s
requêtes/s
req/sec
