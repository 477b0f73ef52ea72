//go:build !windows

package msg

// systemLang is the language when no locale variable is set: elsewhere
// than on Windows, the POSIX default C locale, English.
func systemLang() Lang { return English }
