# keys.awk: fill the manual's template. The first input is the output of
# `lreader --dump-keys` (GROUP<TAB>ACTION<TAB>KEYS<TAB>HELP), the second
# man/lreader.1.in, whose @KEYS@ line becomes the key table; @VERSION@,
# @PKGDATADIR@ and @DOCDIR@ are replaced by the -v values.
function esc(s) {
	gsub(/\\/, "\\e", s)
	gsub(/-/, "\\-", s)
	if (s ~ /^[.']/)
		s = "\\&" s
	return s
}
BEGIN { FS = "\t" }
FNR == NR {
	n++
	group[n] = $1; action[n] = $2; keys[n] = $3; help[n] = $4
	next
}
/^@KEYS@$/ {
	last = ""
	for (i = 1; i <= n; i++) {
		if (group[i] != last) {
			print ".SS " group[i]
			last = group[i]
		}
		print ".TP"
		k = split(keys[i], ks, " ")
		line = ""
		for (j = 1; j <= k; j++)
			line = line (j > 1 ? ", " : "") "\\fB" esc(ks[j]) "\\fR"
		print (k ? line : "(not bound)")
		h = help[i]
		h = toupper(substr(h, 1, 1)) substr(h, 2)
		print "(\\fI" esc(action[i]) "\\fR) " esc(h) "."
	}
	next
}
{
	gsub(/@VERSION@/, version)
	gsub(/@PKGDATADIR@/, pkgdatadir)
	gsub(/@DOCDIR@/, docdir)
	print
}
