package msg

import "os"

// getenv is os.Getenv; the locale is read at each message, so that a test
// may set it with t.Setenv.
var getenv = os.Getenv
