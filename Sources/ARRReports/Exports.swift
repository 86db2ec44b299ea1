@_exported import ARRAnalysis
@_exported import ARRStress
