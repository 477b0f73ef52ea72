package msg

var helpJA = map[string]string{}
