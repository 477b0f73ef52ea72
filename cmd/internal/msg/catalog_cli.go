package msg

var cliJA = map[string]string{}
