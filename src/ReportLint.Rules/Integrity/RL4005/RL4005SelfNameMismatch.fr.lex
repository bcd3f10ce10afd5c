# Les mots de RL4005 en français (avec Lexicons/fr.lex) : comment un rapport se désigne lui-même dans une liste de
# fichiers, entre parenthèses après un nom de fichier : « `STATUT_FINAL.md` (ce fichier) ».
[self.reference]
ce fichier
ce document
cette page
ce rapport
ce résumé
ce bilan
vous êtes ici
