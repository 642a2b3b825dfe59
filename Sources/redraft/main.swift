print("redraft")
