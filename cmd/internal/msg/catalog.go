package msg

// japanese maps each English message format to its Japanese one. The
// entries are kept by where the messages are said, one map a file; a key
// in two of them is a mistake the test finds.
var japanese = join(lintJA, contentJA, cliJA, helpJA)

func join(maps ...map[string]string) map[string]string {
	all := map[string]string{}
	for _, m := range maps {
		for k, v := range m {
			all[k] = v
		}
	}
	return all
}
