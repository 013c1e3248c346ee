// The TinyTensor module; see README.md.
