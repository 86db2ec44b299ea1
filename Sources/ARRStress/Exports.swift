@_exported import ARRAnalysis
