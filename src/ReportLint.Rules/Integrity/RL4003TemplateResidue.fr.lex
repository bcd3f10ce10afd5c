# Les mots français de RL4003 (avec Lexicons/fr.lex, chargés quand le français l'est) : les marques de gabarit non rempli.

[placeholder.email]
votre
vous
domaine
exemple
entreprise
nom
courriel

[placeholder.marker]
à compléter
à définir

# Mots du titre d'un rapport qui le disent définitif.
[report.final]
final
finale
rapport final
définitif
définitive
finalisé
finalisée

[date.label]
date
date du rapport
mis à jour
mise à jour
dernière mise à jour
