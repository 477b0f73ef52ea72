package msg

import (
	"sync"

	"golang.org/x/sys/windows"
)

// systemLang is the user's display language on Windows, which sets no
// LANG: Japanese when the first of the user's preferred UI languages is
// Japanese (ja-JP). It is asked once.
var systemLang = sync.OnceValue(func() Lang {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil || len(langs) == 0 {
		return English
	}
	return FromLocale(langs[0])
})
