print("arr-quality")
