# Les mots français de RL2005 (avec Lexicons/fr.lex, chargés quand le français l'est).

# Les mots qui peuvent suivre un nombre seul entre les parenthèses d'un titre : « ## Fichiers modifiés (8 au total) ».
[count.bracket-total]
total
au total
en tout
