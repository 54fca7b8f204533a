import ArgumentParser
struct Digest: ParsableCommand { func run() throws {} }
