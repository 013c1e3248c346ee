// The Demos module; see README.md.
