package content

// For the tests of package content_test, which may use package synth
// (it imports this one).
var (
	CheckPlainYAML = checkPlainYAML
	ParsePlain     = parsePlain
	Split          = split
)
