# Mots de RL1002 en français (avec Lexicons/fr.lex, chargés avec le français).

# RL1002 : les mots qui, juste à côté d'un régime de certification.regime, disent que le travail y satisfait
# (« conforme HDS », « compatible SecNumCloud », « certifié ISO 27001 »).
[certification.meets]
conforme
conformes
compatible
compatibles
certifié
certifiée
certifiés
certifiées
aligné
alignée
alignement
