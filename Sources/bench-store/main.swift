print("bench-store")
