// Package themes embeds the default theme in the tokki binary, so that a
// handbook without a themes/ folder still builds. It is the one Go file
// outside cmd/: go:embed can only reach files below the package's own
// folder, and the theme lives here, at the top level the user fixed.
package themes

import "embed"

// Default holds themes/default: layouts/*.html and assets/*.
//
//go:embed default/layouts default/assets
var Default embed.FS
